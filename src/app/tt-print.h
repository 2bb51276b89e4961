/* tt-print.h — print through GtkPrintOperation and save PDFs, for every document of render/ */
#pragma once

#include <gtk/gtk.h>

#include "tt-db.h"
#include "tt-document.h"

G_BEGIN_DECLS

/* Writes the document to @path. */
typedef gboolean (*TtWritePdfFunc) (const char *path,
                                    gpointer    data,
                                    GError    **error);
/* Writes the document to @path reading from @db, a connection of the worker thread's own. */
typedef gboolean (*TtWriteOnFunc)  (TtDb       *db,
                                    const char *path,
                                    gpointer    data,
                                    GError    **error);
/* Called once the document went to the printer (TRUE) or was cancelled or failed (FALSE). */
typedef void     (*TtPrintedFunc)  (gboolean    printed,
                                    gpointer    data);

void tt_print_pages  (GtkWindow       *parent,
                      const char      *job_name,
                      TtPaper          paper,
                      gboolean         landscape,
                      int              n_pages,
                      TtPageDrawFunc   draw,
                      TtPrintedFunc    printed,
                      gpointer         data,
                      GDestroyNotify   destroy);
char *tt_file_chooser_start_folder (void);
void tt_file_chooser_start    (GtkFileChooser *chooser);
void tt_file_chooser_remember (GtkFileChooser *chooser);
void tt_save_file    (GtkWindow       *parent,
                      const char      *title,
                      const char      *suggested_name,
                      const char      *filter_name,
                      const char      *mime_type,
                      TtWritePdfFunc   write,
                      gpointer         data,
                      GDestroyNotify   destroy);
void tt_save_pdf     (GtkWindow       *parent,
                      const char      *title,
                      const char      *suggested_name,
                      TtWritePdfFunc   write,
                      gpointer         data,
                      GDestroyNotify   destroy);
void tt_save_file_on (GtkWindow       *parent,
                      TtDb            *db,
                      const char      *title,
                      const char      *suggested_name,
                      const char      *filter_name,
                      const char      *mime_type,
                      TtWriteOnFunc    write,
                      gpointer         data,
                      GDestroyNotify   destroy);
void tt_save_write_on (GtkWindow      *parent,
                       TtDb           *db,
                       const char     *path,
                       TtWriteOnFunc   write,
                       gpointer        data,
                       GDestroyNotify  destroy);
guint tt_save_writing (void);

G_END_DECLS
