/* tt-book-model.c — a book's lines as a list model for the Books place
 *
 * A year of a province's cash book is a few hundred thousand lines: the model answers how many
 * there are and makes an item only for a line asked for (a row in sight).
 */
#include "config.h"

#include "tt-book-model.h"

/* One line of the book, made when its row comes into sight. */
struct _TtBookItem
{
  GObject  parent_instance;
  TtBook  *book;     /* not owned: the model holds it */
  guint    index;
};

G_DEFINE_FINAL_TYPE (TtBookItem, tt_book_item, G_TYPE_OBJECT)

static void tt_book_item_class_init (TtBookItemClass *klass) { }
static void tt_book_item_init (TtBookItem *self) { }

/* The lines of a book as a list model, without an object per line until one is asked for. */
struct _TtBookModel
{
  GObject  parent_instance;
  TtBook  *book;
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

  return self->book ? self->book->lines->len : 0;
}

static gpointer
book_model_item (GListModel *list, guint position)
{
  TtBookModel *self = TT_BOOK_MODEL (list);
  TtBookItem *item;

  if (self->book == NULL || position >= self->book->lines->len)
    return NULL;
  item = g_object_new (TT_TYPE_BOOK_ITEM, NULL);
  item->book = self->book;
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
tt_book_model_finalize (GObject *object)
{
  g_clear_pointer (&TT_BOOK_MODEL (object)->book, tt_book_free);
  G_OBJECT_CLASS (tt_book_model_parent_class)->finalize (object);
}

static void
tt_book_model_class_init (TtBookModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tt_book_model_finalize;
}

static void tt_book_model_init (TtBookModel *self) { }

/* Replaces the book shown (taking @book). */
void
tt_book_model_set (TtBookModel *self,
                   TtBook      *book)
{
  guint removed = book_model_n_items (G_LIST_MODEL (self));
  TtBook *old = self->book;

  self->book = book;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, book_model_n_items (G_LIST_MODEL (self)));
  tt_book_free (old);
}

TtBookModel *
tt_book_model_new (void)
{
  return g_object_new (TT_TYPE_BOOK_MODEL, NULL);
}

/* The line of the book that @item stands for. */
const TtBookLine *
tt_book_item_get_line (TtBookItem *item)
{
  return &g_array_index (item->book->lines, TtBookLine, item->index);
}
