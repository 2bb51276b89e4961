/* tt-book-model.c — a book's lines as a list model for the Books place
 *
 * A year of a province's cash book is a few hundred thousand lines, a journal of every day a
 * million: the book is loaded compact (a line's figures and its document's id, 32 bytes), the
 * model answers how many lines there are and makes an item only for a line asked for (a row in
 * sight), whose texts are read by its id then, once for all the row's cells.
 */
#include "config.h"

#include "tt-book-model.h"

/* One line of the book, made when its row comes into sight. */
struct _TtBookItem
{
  GObject      parent_instance;
  TtBookModel *model;
  guint        index;
};

G_DEFINE_FINAL_TYPE (TtBookItem, tt_book_item, G_TYPE_OBJECT)

static void
tt_book_item_finalize (GObject *object)
{
  g_clear_object (&TT_BOOK_ITEM (object)->model);
  G_OBJECT_CLASS (tt_book_item_parent_class)->finalize (object);
}

static void
tt_book_item_class_init (TtBookItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_book_item_finalize;
}
static void tt_book_item_init (TtBookItem *self) { }

/* The lines of a book as a list model, without an object per line until one is asked for. */
#define CACHED 64

struct _TtBookModel
{
  GObject     parent_instance;
  TtDb       *db;
  TtBook     *book;
  /* Lines read lately, by index modulo CACHED: a row's six cells read its line once. */
  TtBookLine  cache[CACHED];
  guint       cached[CACHED];   /* index + 1 of the line in each slot; 0 for none */
};

static GType
book_model_item_type (GListModel *list)
{
  return TT_TYPE_BOOK_ITEM;
}

static guint
book_model_n_items (GListModel *list)
{
  TtBookModel *self = TT_BOOK_MODEL (list);

  return self->book ? tt_book_n_lines (self->book) : 0;
}

static gpointer
book_model_item (GListModel *list, guint position)
{
  TtBookModel *self = TT_BOOK_MODEL (list);
  TtBookItem *item;

  if (self->book == NULL || position >= tt_book_n_lines (self->book))
    return NULL;
  item = g_object_new (TT_TYPE_BOOK_ITEM, NULL);
  item->model = g_object_ref (self);
  item->index = position;
  return item;
}

static void
book_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = book_model_item_type;
  iface->get_n_items = book_model_n_items;
  iface->get_item = book_model_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TtBookModel, tt_book_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, book_model_iface_init))

static void
forget_lines (TtBookModel *self)
{
  for (guint i = 0; i < CACHED; i++)
    {
      tt_book_line_clear (&self->cache[i]);
      self->cached[i] = 0;
    }
}

static void
tt_book_model_finalize (GObject *object)
{
  TtBookModel *self = TT_BOOK_MODEL (object);

  forget_lines (self);
  g_clear_pointer (&self->book, tt_book_free);
  g_clear_object (&self->db);
  G_OBJECT_CLASS (tt_book_model_parent_class)->finalize (object);
}

static void
tt_book_model_class_init (TtBookModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_book_model_finalize;
}

static void tt_book_model_init (TtBookModel *self) { }

/* Replaces the book shown (taking @book), its lines' texts read from @db (the window's
 * connection) as they are shown. */
void
tt_book_model_set (TtBookModel *self,
                   TtBook      *book,
                   TtDb        *db)
{
  guint removed = book_model_n_items (G_LIST_MODEL (self));
  TtBook *old = self->book;

  forget_lines (self);
  g_set_object (&self->db, db);
  self->book = book;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, book_model_n_items (G_LIST_MODEL (self)));
  tt_book_free (old);
}

TtBookModel *
tt_book_model_new (void)
{
  return g_object_new (TT_TYPE_BOOK_MODEL, NULL);
}

/* The line of the book that @item stands for, valid until the model reads CACHED other lines
 * or shows another book. */
const TtBookLine *
tt_book_item_get_line (TtBookItem *item)
{
  TtBookModel *self = item->model;
  guint slot = item->index % CACHED;

  if (self->cached[slot] != item->index + 1)
    {
      tt_book_line_clear (&self->cache[slot]);
      self->cached[slot] = 0;
      if (self->book != NULL && tt_book_line_read (self->db, self->book, item->index, &self->cache[slot]))
        self->cached[slot] = item->index + 1;
    }
  return &self->cache[slot];
}
