/* tt-books-page.c — the cash book and the bank book on screen, printed and exported
 *
 * The book (cash or bank) and the period (a year, a half, a quarter, a month or two dates, the
 * year starting on the office's day) are chosen at the top; under them the opening balance,
 * what came in and went out and the closing balance, then every document of the period in date
 * order with the balance after it. Only the rows in sight are made, so a year of a busy office
 * scrolls at once. Print…, Save PDF… and Save XLSX… give the book as the fund's rules print it.
 * The donations journal (bảng kê thu) is the third choice: every receipt of the period, narrowed
 * by method, campaign, collector and status (or all), with the running total.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tt-book-doc.h"
#include "tt-book-model.h"
#include "tt-book.h"
#include "tt-books-page.h"
#include "tt-books.h"
#include "tt-date.h"
#include "tt-form.h"
#include "tt-donations.h"
#include "tt-money.h"
#include "tt-print.h"
#include "tt-reading.h"
#include "tt-statement-doc.h"
#include "tt-window.h"

struct _TtBooksPage
{
  GtkWidget      parent_instance;

  TtDb          *db;
  GtkDropDown   *account;
  GtkDropDown   *method;
  GtkDropDown   *campaign;
  GtkDropDown   *collector;
  GtkDropDown   *status;
  GtkWidget     *journal_bar;
  GArray        *campaign_ids;
  GPtrArray     *collectors;     /* the names the collector drop-down shows after "every" */
  char           collectors_from[11];
  char           collectors_to[11];
  GtkEntry      *period;
  GtkLabel      *names[4];
  GtkColumnViewColumn *columns[6];
  GtkLabel      *problem;
  GtkLabel      *figures[4];
  GtkLabel      *empty;
  TtBookModel   *model;
  GtkColumnView *view;
  char           from[11];
  char           to[11];
  GCancellable  *loading;        /* the book being read on a worker thread */
  GCancellable  *printing;       /* the book being read and laid out for printing */
};

G_DEFINE_FINAL_TYPE (TtBooksPage, tt_books_page, GTK_TYPE_WIDGET)

enum { COL_DATE, COL_DOCUMENT, COL_DESCRIPTION, COL_IN, COL_OUT, COL_BALANCE, N_COLS };

static TtAccount
account_of (TtBooksPage *self)
{
  return gtk_drop_down_get_selected (self->account) == 1 ? TT_ACCOUNT_BANK : TT_ACCOUNT_CASH;
}

static gboolean
is_journal (TtBooksPage *self)
{
  return gtk_drop_down_get_selected (self->account) == 2;
}

static const char *
method_of (TtBooksPage *self)
{
  guint i = gtk_drop_down_get_selected (self->method);

  return i > 0 && i <= tt_payment_methods.n_values ? tt_payment_methods.values[i - 1].code : NULL;
}

/* What the journal is narrowed to, as chosen; the strings belong to the page. */
static void
journal_choice (TtBooksPage *self, TtJournalFilter *f)
{
  static const char *const statuses[] = { NULL, "valid", "void" };
  guint c = gtk_drop_down_get_selected (self->campaign);
  guint k = gtk_drop_down_get_selected (self->collector);
  guint st = gtk_drop_down_get_selected (self->status);

  f->method = method_of (self);
  f->campaign_id = self->campaign_ids && c < self->campaign_ids->len ? g_array_index (self->campaign_ids, gint64, c) : 0;
  f->collected_by = self->collectors && k > 0 && k <= self->collectors->len ? self->collectors->pdata[k - 1] : NULL;
  f->status = st < G_N_ELEMENTS (statuses) ? statuses[st] : NULL;
}

/* The collectors of the period, read again when the period changes; the one chosen stays
 * chosen while the period has it. */
static void
fill_collectors (TtBooksPage *self, const char *from, const char *to)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) old = NULL;
  g_autofree char *chosen = NULL;
  guint k = gtk_drop_down_get_selected (self->collector);
  guint keep = 0;

  if (g_str_equal (from, self->collectors_from) && g_str_equal (to, self->collectors_to))
    return;
  if (self->collectors && k > 0 && k <= self->collectors->len)
    chosen = g_strdup (self->collectors->pdata[k - 1]);
  old = g_steal_pointer (&self->collectors);
  self->collectors = tt_donation_collectors (self->db, from, to, NULL);
  if (self->collectors == NULL)
    self->collectors = g_ptr_array_new_with_free_func (g_free);
  gtk_string_list_append (names, _("Every collector"));
  for (guint i = 0; i < self->collectors->len; i++)
    {
      gtk_string_list_append (names, self->collectors->pdata[i]);
      if (chosen && g_str_equal (chosen, self->collectors->pdata[i]))
        keep = i + 1;
    }
  g_strlcpy (self->collectors_from, from, sizeof self->collectors_from);
  g_strlcpy (self->collectors_to, to, sizeof self->collectors_to);
  g_signal_handlers_block_by_func (self->collector, tt_books_page_refresh, self);
  gtk_drop_down_set_model (self->collector, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->collector, keep);
  g_signal_handlers_unblock_by_func (self->collector, tt_books_page_refresh, self);
}

/* Every campaign, "every" first. */
static void
fill_campaigns (TtBooksPage *self)
{
  g_autoptr(GtkStringList) names = NULL;

  if (self->campaign_ids == NULL)
    self->campaign_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  names = tt_form_campaign_filter (self->db, self->campaign_ids);
  g_signal_handlers_block_by_func (self->campaign, tt_books_page_refresh, self);
  gtk_drop_down_set_model (self->campaign, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->campaign, tt_books_page_refresh, self);
}

/* The journal shows amounts and their running total under its own titles; the books their
 * balances. */
static void
show_kind (TtBooksPage *self, gboolean journal)
{
  const char *book_names[4] = { _("Opening balance"), _("In"), _("Out"), _("Closing balance") };
  const char *journal_names[4] = { _("Receipts"), _("Valid"), _("Void"), _("Total received") };

  for (int i = 0; i < 4; i++)
    gtk_label_set_label (self->names[i], journal ? journal_names[i] : book_names[i]);
  gtk_column_view_column_set_title (self->columns[COL_DOCUMENT], journal ? _("Receipt") : _("Document"));
  gtk_column_view_column_set_title (self->columns[COL_DESCRIPTION],
                                    journal ? _("Payer — method — purpose") : _("Description"));
  gtk_column_view_column_set_title (self->columns[COL_IN], journal ? _("Amount") : _("In"));
  gtk_column_view_column_set_visible (self->columns[COL_OUT], !journal);
  gtk_column_view_column_set_title (self->columns[COL_BALANCE], journal ? _("Running total") : _("Balance"));
  gtk_widget_set_visible (self->journal_bar, journal);
}

static void
on_cell_setup_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer column)
{
  GtkWidget *label = gtk_label_new (NULL);
  int col = GPOINTER_TO_INT (column);

  gtk_label_set_xalign (GTK_LABEL (label), col >= COL_IN ? 1 : 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (col >= COL_IN)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
on_cell_bind_cb (GtkSignalListItemFactory *factory, GtkListItem *item, gpointer column)
{
  const TtBookLine *l = tt_book_item_get_line (gtk_list_item_get_item (item));
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;

  switch (GPOINTER_TO_INT (column))
    {
    case COL_DATE:
      text = tt_date_display (l->on);
      break;
    case COL_DOCUMENT:
      text = g_strdup (l->document);
      break;
    case COL_DESCRIPTION:
      text = g_strdup (l->description);
      break;
    case COL_IN:
      text = l->in ? tt_money_format (l->in) : g_strdup ("");
      break;
    case COL_OUT:
      text = l->out ? tt_money_format (l->out) : g_strdup ("");
      break;
    case COL_BALANCE:
    default:
      text = tt_money_format (l->balance);
      break;
    }
  gtk_label_set_label (label, text);
  gtk_widget_set_opacity (GTK_WIDGET (label), l->is_void ? 0.55 : 1);
}

static GtkColumnViewColumn *
column (int col, const char *title, gboolean expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *c;

  g_signal_connect (factory, "setup", G_CALLBACK (on_cell_setup_cb), GINT_TO_POINTER (col));
  g_signal_connect (factory, "bind", G_CALLBACK (on_cell_bind_cb), GINT_TO_POINTER (col));
  c = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (c, expand);
  gtk_column_view_column_set_resizable (c, TRUE);
  return c;
}

/* What a worker reads: the book of an account, or the journal with its filter. */
typedef struct
{
  gboolean   journal;
  TtAccount  account;
  char       from[11];
  char       to[11];
  char      *method;
  char      *status;
  char      *collected_by;
  gint64     campaign_id;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_free (job->method);
  g_free (job->status);
  g_free (job->collected_by);
  g_free (job);
}

static gpointer
load_thread (TtDb *reader, gpointer data, GError **error)
{
  LoadJob *job = data;

  if (job->journal)
    {
      TtJournalFilter f = { .from = job->from, .to = job->to, .method = job->method, .status = job->status,
                            .collected_by = job->collected_by, .campaign_id = job->campaign_id };
      return tt_journal_load_compact (reader, &f, error);
    }
  return tt_book_load_compact (reader, job->account, job->from, job->to, error);
}

static void
on_loaded_cb (gpointer owner, gpointer result, gpointer data, const GError *error)
{
  TtBooksPage *self = owner;
  LoadJob *job = data;
  TtBook *book = result;
  gint64 figures[4];

  if (book == NULL)
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      return;
    }
  g_strlcpy (self->from, job->from, sizeof self->from);
  g_strlcpy (self->to, job->to, sizeof self->to);
  figures[0] = book->opening;
  figures[1] = book->total_in;
  figures[2] = book->total_out;
  figures[3] = book->closing;
  if (book->journal)
    {
      figures[0] = tt_book_n_lines (book);
      figures[1] = tt_book_n_lines (book) - book->voided;
      figures[2] = book->voided;
    }
  for (int i = 0; i < 4; i++)
    {
      g_autofree char *text = book->journal && i < 3 ? g_strdup_printf ("%" G_GINT64_FORMAT, figures[i])
                                                      : tt_money_format (figures[i]);
      gtk_label_set_label (self->figures[i], text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->empty), tt_book_n_lines (book) == 0);
  tt_book_model_set (self->model, book, self->db);
}

/* Reads the book again for the account and the period shown, on a worker thread: a year of a
 * province's cash book is a few hundred thousand documents. A period that means nothing is
 * named under the field and the book stays as it was. */
void
tt_books_page_refresh (TtBooksPage *self)
{
  g_autoptr(GError) error = NULL;
  TtYearStart ys;
  TtPeriod period;
  LoadJob *job;

  tt_office_year_start (self->db, &ys);
  if (!tt_period_parse (gtk_editable_get_text (GTK_EDITABLE (self->period)), &ys, &period, &error))
    {
      gtk_label_set_label (self->problem, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problem), TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (self->period), "error");
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->period), "error");
  show_kind (self, is_journal (self));
  job = g_new0 (LoadJob, 1);
  job->journal = is_journal (self);
  job->account = account_of (self);
  g_strlcpy (job->from, period.start, sizeof job->from);
  g_strlcpy (job->to, period.end, sizeof job->to);
  if (job->journal)
    {
      TtJournalFilter f = { .from = period.start, .to = period.end };
      fill_collectors (self, period.start, period.end);
      journal_choice (self, &f);
      job->method = g_strdup (f.method);
      job->status = g_strdup (f.status);
      job->collected_by = g_strdup (f.collected_by);
      job->campaign_id = f.campaign_id;
    }
  tt_read_in_thread (self, &self->loading, self->db, load_thread, job, (GDestroyNotify) load_job_free,
                     (GDestroyNotify) tt_book_free, on_loaded_cb);
}

/* For tests: whether the book is still being read. */
gboolean
tt_books_page_is_loading (TtBooksPage *self)
{
  return self->loading != NULL;
}

typedef struct
{
  TtDb        *db;
  TtBookDoc   *doc;
  TtBookPages *pages;
  TtAccount    account;
  gboolean     journal;
  const char  *method;       /* static: from the value list */
  const char  *status;       /* static */
  gint64       campaign_id;
  char        *collector;
  char         from[11];
  char         to[11];
  gboolean     xlsx;
} BookJob;

static void
book_job_free (BookJob *job)
{
  g_clear_object (&job->db);
  g_free (job->collector);
  tt_book_pages_free (job->pages);
  tt_book_doc_free (job->doc);
  g_free (job);
}

static BookJob *
book_job (TtBooksPage *self)
{
  BookJob *job = g_new0 (BookJob, 1);

  job->db = g_object_ref (self->db);
  job->account = account_of (self);
  job->journal = is_journal (self);
  {
    TtJournalFilter f = { 0 };
    journal_choice (self, &f);
    job->method = f.method;
    job->status = f.status;
    job->campaign_id = f.campaign_id;
    job->collector = g_strdup (f.collected_by);
  }
  g_strlcpy (job->from, self->from, sizeof job->from);
  g_strlcpy (job->to, self->to, sizeof job->to);
  return job;
}

static gboolean
write_book (TtDb *db, const char *path, gpointer data, GError **error)
{
  BookJob *job = data;
  TtJournalFilter f = { .from = job->from, .to = job->to, .method = job->method, .campaign_id = job->campaign_id,
                        .collected_by = job->collector, .status = job->status };

  if (job->journal)
    return tt_journal_doc_export (db, &f, path, job->xlsx ? tt_book_write_xlsx : tt_book_write_pdf, error);
  return tt_book_doc_export (db, job->account, job->from, job->to, path,
                             job->xlsx ? tt_book_write_xlsx : tt_book_write_pdf, error);
}

static void
draw_book (cairo_t *cr, const TtPageSize *page, int page_nr, gpointer data)
{
  BookJob *job = data;

  tt_book_pages_draw (job->pages, cr, page, page_nr);
}

static GtkWindow *
parent_window (TtBooksPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

/* The book read and laid out on a worker thread: a year of a province's cash book is thousands
 * of pages. The job comes back as the result. */
static gpointer
load_print_thread (TtDb *reader, gpointer data, GError **error)
{
  BookJob *job = data;

  if (job->journal)
    {
      TtJournalFilter f = { .from = job->from, .to = job->to, .method = job->method, .campaign_id = job->campaign_id,
                            .collected_by = job->collector, .status = job->status };
      job->doc = tt_journal_doc_load (reader, &f, error);
    }
  else
    job->doc = tt_book_doc_load (reader, job->account, job->from, job->to, error);
  if (job->doc == NULL)
    return NULL;
  job->pages = tt_book_pages_new (job->doc);
  return job;
}

static void
on_print_loaded_cb (gpointer owner, gpointer result, gpointer data, const GError *error)
{
  TtBooksPage *self = owner;
  BookJob *job = data;
  BookJob *printed;

  if (result == NULL)
    {
      if (TT_IS_WINDOW (parent_window (self)))
        tt_window_toast (TT_WINDOW (parent_window (self)), error->message);
      return;
    }
  /* The print operation takes what was read (drawing needs only the pages and their book). */
  printed = g_new0 (BookJob, 1);
  printed->doc = g_steal_pointer (&job->doc);
  printed->pages = g_steal_pointer (&job->pages);
  tt_print_pages (parent_window (self), printed->doc->title, TT_PAPER_A4, TRUE, tt_book_pages_count (printed->pages),
                  draw_book, NULL, printed, (GDestroyNotify) book_job_free);
}

static void
print_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtBooksPage *self = TT_BOOKS_PAGE (widget);

  if (self->from[0] == '\0')
    return;
  if (TT_IS_WINDOW (parent_window (self)))
    tt_window_toast (TT_WINDOW (parent_window (self)), _("Preparing the pages to print…"));
  tt_read_in_thread (self, &self->printing, self->db, load_print_thread, book_job (self),
                     (GDestroyNotify) book_job_free, NULL, on_print_loaded_cb);
}

/* For tests: whether the book is being read for printing. */
gboolean
tt_books_page_is_printing (TtBooksPage *self)
{
  return self->printing != NULL;
}

static void
save_action (GtkWidget *widget, const char *name, GVariant *param)
{
  TtBooksPage *self = TT_BOOKS_PAGE (widget);
  gboolean xlsx = g_str_equal (name, "books.xlsx");
  const char *stem = is_journal (self) ? "bang-ke-thu" : account_of (self) == TT_ACCOUNT_BANK ? "so-tien-gui"
                                                                                            : "so-quy-tien-mat";
  g_autofree char *file = NULL;
  BookJob *job;

  if (self->from[0] == '\0')
    return;
  job = book_job (self);
  job->xlsx = xlsx;
  file = g_strdup_printf ("%s-%s-%s.%s", stem, job->from, job->to, xlsx ? "xlsx" : "pdf");
  /* Written on a worker thread: a year of a province's cash book is thousands of pages. */
  if (xlsx)
    tt_save_file_on (parent_window (self), self->db, _("Save Book"), file, _("Spreadsheets (XLSX)"),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", write_book, job,
                     (GDestroyNotify) book_job_free);
  else
    tt_save_file_on (parent_window (self), self->db, _("Save Book"), file, _("PDF documents"), "application/pdf",
                     write_book, job, (GDestroyNotify) book_job_free);
}

static GtkWidget *
figure_card (TtBooksPage *self, int i, const char *title)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (title);

  self->names[i] = GTK_LABEL (name);
  self->figures[i] = GTK_LABEL (gtk_label_new ("0 đ"));
  gtk_widget_add_css_class (name, "caption-heading");
  gtk_widget_add_css_class (GTK_WIDGET (self->figures[i]), "title-4");
  gtk_widget_add_css_class (GTK_WIDGET (self->figures[i]), "numeric");
  gtk_box_append (GTK_BOX (card), name);
  gtk_box_append (GTK_BOX (card), GTK_WIDGET (self->figures[i]));
  gtk_widget_add_css_class (card, "card");
  g_object_set (card, "margin-top", 0, NULL);
  gtk_widget_set_size_request (card, -1, 56);
  gtk_widget_set_valign (card, GTK_ALIGN_START);
  return card;
}

static void
build (TtBooksPage *self)
{
  static const char *const accounts[] = { N_("Cash Book"), N_("Bank Book"), N_("Donations Journal"), NULL };
  const char *titles[N_COLS] = { _("Date"), _("Document"), _("Description"), _("In"), _("Out"), _("Balance") };
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *cards = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *print = gtk_button_new_with_mnemonic (_("_Print…"));
  GtkWidget *pdf = gtk_button_new_with_mnemonic (_("Save P_DF…"));
  GtkWidget *xlsx = gtk_button_new_with_mnemonic (_("Save _XLSX…"));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  for (int i = 0; accounts[i]; i++)
    gtk_string_list_append (names, _(accounts[i]));
  self->account = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->account), _("Cash receipts and vouchers, or transfers"));
  g_signal_connect_swapped (self->account, "notify::selected", G_CALLBACK (tt_books_page_refresh), self);
  {
    g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
    gtk_string_list_append (methods, _("All methods"));
    for (guint i = 0; i < tt_payment_methods.n_values; i++)
      gtk_string_list_append (methods, _(tt_payment_methods.values[i].label));
    self->method = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&methods)), NULL));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->method), _("How the gifts were made"));
    g_signal_connect_swapped (self->method, "notify::selected", G_CALLBACK (tt_books_page_refresh), self);
  }
  {
    const char *statuses[] = { _("Valid and void"), _("Valid only"), _("Void only"), NULL };
    GtkWidget *label = gtk_label_new (_("Receipts:"));

    self->campaign = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->campaign), _("The campaign the gifts were for"));
    self->collector = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->collector), _("Who collected the gifts"));
    self->status = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (statuses));
    gtk_widget_set_name (GTK_WIDGET (self->campaign), "journal-campaign");
    gtk_widget_set_name (GTK_WIDGET (self->collector), "journal-collector");
    gtk_widget_set_name (GTK_WIDGET (self->status), "journal-status");
    self->journal_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    gtk_widget_add_css_class (label, "dim-label");
    gtk_box_append (GTK_BOX (self->journal_bar), label);
    for (GtkDropDown **d = (GtkDropDown *[]) { self->method, self->campaign, self->collector, self->status, NULL }; *d; d++)
      {
        if (*d != self->method)
          g_signal_connect_swapped (*d, "notify::selected", G_CALLBACK (tt_books_page_refresh), self);
        gtk_box_append (GTK_BOX (self->journal_bar), GTK_WIDGET (*d));
      }
    gtk_widget_set_visible (self->journal_bar, FALSE);
  }
  self->period = GTK_ENTRY (gtk_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->period), TRUE);
  gtk_entry_set_placeholder_text (self->period, _("Period: 2026, 2026-H1, 2026-Q4, 2026-11 or 01/01/2026..30/06/2026"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period),
                               _("A year (2026), a half (2026-H1), a quarter (2026-Q4), a month (2026-11) or two "
                                 "dates (01/01/2026..30/06/2026)"));
  g_signal_connect_swapped (self->period, "changed", G_CALLBACK (tt_books_page_refresh), self);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "books.print");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (pdf), "books.pdf");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (xlsx), "books.xlsx");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->account));
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->period));
  gtk_box_append (GTK_BOX (bar), print);
  gtk_box_append (GTK_BOX (bar), pdf);
  gtk_box_append (GTK_BOX (bar), xlsx);
  self->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->problem, 0);
  gtk_label_set_wrap (self->problem, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->problem), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), FALSE);
  gtk_box_set_homogeneous (GTK_BOX (cards), TRUE);
  gtk_box_append (GTK_BOX (cards), figure_card (self, 0, _("Opening balance")));
  gtk_box_append (GTK_BOX (cards), figure_card (self, 1, _("In")));
  gtk_box_append (GTK_BOX (cards), figure_card (self, 2, _("Out")));
  gtk_box_append (GTK_BOX (cards), figure_card (self, 3, _("Closing balance")));

  self->model = tt_book_model_new ();
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (
                                                       g_object_ref (G_LIST_MODEL (self->model))))));
  for (int i = 0; i < N_COLS; i++)
    {
      self->columns[i] = column (i, titles[i], i == COL_DESCRIPTION);
      gtk_column_view_append_column (self->view, self->columns[i]);
      g_object_unref (self->columns[i]);
    }
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_overflow (scroller, GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (scroller, "card");
  self->empty = GTK_LABEL (gtk_label_new (_("No document in this book for the period.")));
  gtk_widget_add_css_class (GTK_WIDGET (self->empty), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->empty), FALSE);

  gtk_box_append (GTK_BOX (outer), bar);
  gtk_box_append (GTK_BOX (outer), self->journal_bar);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->problem));
  gtk_box_append (GTK_BOX (outer), cards);
  gtk_box_append (GTK_BOX (outer), GTK_WIDGET (self->empty));
  gtk_box_append (GTK_BOX (outer), scroller);
  g_object_set (outer, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1200);
  adw_clamp_set_child (ADW_CLAMP (clamp), outer);
  gtk_widget_set_parent (clamp, GTK_WIDGET (self));
}

static void
tt_books_page_dispose (GObject *object)
{
  TtBooksPage *self = TT_BOOKS_PAGE (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  tt_read_stop (&self->loading);
  tt_read_stop (&self->printing);
  g_clear_object (&self->model);
  g_clear_object (&self->db);
  g_clear_pointer (&self->campaign_ids, g_array_unref);
  g_clear_pointer (&self->collectors, g_ptr_array_unref);
  G_OBJECT_CLASS (tt_books_page_parent_class)->dispose (object);
}

static void
tt_books_page_class_init (TtBooksPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tt_books_page_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_install_action (widget_class, "books.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "books.pdf", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "books.xlsx", NULL, save_action);
}

static void
tt_books_page_init (TtBooksPage *self)
{
  build (self);
}

TtBooksPage *
tt_books_page_new (TtDb *db)
{
  TtBooksPage *self = g_object_new (TT_TYPE_BOOKS_PAGE, "hexpand", TRUE, "vexpand", TRUE, NULL);
  g_autofree char *year = NULL;
  TtYearStart ys;
  char today[11];

  self->db = g_object_ref (db);
  fill_campaigns (self);
  tt_office_year_start (db, &ys);
  tt_date_today (today);
  year = g_strdup_printf ("%d", tt_period_year_of (today, &ys));
  gtk_editable_set_text (GTK_EDITABLE (self->period), year);
  tt_books_page_refresh (self);
  return self;
}

/* For tests: the account drop-down, the period field, the four figures and the lines shown. */
GtkDropDown *
tt_books_page_get_method (TtBooksPage *self)
{
  return self->method;
}

GtkDropDown *
tt_books_page_get_account (TtBooksPage *self)
{
  return self->account;
}

GtkEditable *
tt_books_page_get_period (TtBooksPage *self)
{
  return GTK_EDITABLE (self->period);
}

const char *
tt_books_page_figure (TtBooksPage *self,
                      guint        i)
{
  return i < 4 ? gtk_label_get_label (self->figures[i]) : NULL;
}

GListModel *
tt_books_page_get_lines (TtBooksPage *self)
{
  return G_LIST_MODEL (self->model);
}
