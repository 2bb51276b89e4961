/* tt-text.h — Vietnamese text: NFC, search folding, name validation */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TT_NAME_MAX_CHARS 200

/* The cleaning functions below name @field in their errors only: it may be given untranslated
 * (marked for translation only, translated when an error names it: this spares a catalogue lookup
 * for every row of an import) or already translated (shown as it is). */

char     *tt_text_nfc           (const char  *text);
char     *tt_text_fold          (const char  *text);
char     *tt_text_clean_name    (const char  *text,
                                 const char  *field,
                                 GError     **error);
char     *tt_text_clean_optional (const char *text,
                                 const char  *field,
                                 gsize        max_chars,
                                 GError     **error);
gboolean  tt_text_clean_note    (const char  *text,
                                 const char  *field,
                                 gsize        max_chars,
                                 char       **out,
                                 GError     **error);
char     *tt_text_quote_short   (const char  *text);
char     *tt_text_number_query  (const char  *folded);
gboolean  tt_text_clean_field   (const char  *text,
                                 const char  *field,
                                 gsize        max_chars,
                                 char       **out,
                                 GError     **error);
gboolean  tt_text_all_digits    (const char  *text,
                                 gsize        min_len,
                                 gsize        max_len);
char     *tt_text_fts_query     (const char  *query);
int       tt_text_collate       (const char  *a,
                                 const char  *b);
int       tt_text_natural_compare (const char *a,
                                   const char *b);
int       tt_text_natural_collate (void       *unused,
                                   int         a_len,
                                   const void *a,
                                   int         b_len,
                                   const void *b);
char     *tt_text_mask_id       (const char  *id_number);
gboolean  tt_text_check_phone   (const char  *phone,
                                 GError     **error);
void      tt_text_append_int    (GString     *text,
                                 gint64       value);

G_END_DECLS
