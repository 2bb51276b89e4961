/* test-household-search.c — searching the register as a clerk types: the names, in register
 * order, that the Households page (memory index) and `household list --search` (SQL) show for
 * a name without accents, ID digits, phone digits, one letter, and with a category filter */
#include "config.h"

#include <string.h>

#include "tt-household-index.h"
#include "tt-households.h"
#include "tt-office.h"
#include "tt-places.h"
#include "tt-test-util.h"

typedef struct
{
  TtDb              *db;
  TtHouseholdIndex  *index;
} Fixture;

static void
add (Fixture *f, gint64 village, const char *name, const char *id_number, const char *phone,
     const char *category_2025, const char *category_2026, const char *status)
{
  g_autoptr(GError) error = NULL;
  TtHouseholdInput in = { .head_name = name, .head_birth_year = 1970, .village_id = village,
                          .id_number = id_number, .phone = phone };
  gint64 id = tt_household_create (f->db, &in, &error);

  g_assert_no_error (error);
  if (category_2025 != NULL)
    g_assert_true (tt_household_classify (f->db, id, 2025, category_2025, 0, NULL, &error));
  if (category_2026 != NULL)
    g_assert_true (tt_household_classify (f->db, id, 2026, category_2026, 0, NULL, &error));
  if (status != NULL)
    {
      g_autoptr(TtHousehold) old = tt_household_get (f->db, id, &error);
      TtHouseholdInput change = { .status = status };

      tt_household_input_keep (&change, old, FALSE);
      g_assert_true (tt_household_update (f->db, id, &change, &error));
    }
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 commune, dong;

  f->db = tt_test_new_db (NULL);
  g_assert_true (tt_office_set (f->db, "province-code", "01", &error));
  commune = tt_place_id_by_code (f->db, "00004");
  dong = tt_place_add (f->db, "village", NULL, "Thôn Đông", commune, &error);
  g_assert_no_error (error);
  add (f, dong, "Nguyễn Thị Lan", "001170000001", "0912 345 678", "poor", "poor", NULL);
  add (f, dong, "Nguyễn Thị Lành", "001170000002", NULL, "poor", "near-poor", NULL);
  add (f, dong, "Trần Nguyên Lân", NULL, "0987.654.321", "near-poor", "near-poor", NULL);
  add (f, dong, "Ngô Văn Nam", "001065000003", "0912 999 000", "hardship", NULL, NULL);
  add (f, dong, "Đỗ Thị Lan", "002170000004", NULL, NULL, "poor", NULL);
  add (f, dong, "Lê Văn Đức", NULL, "0345 678 901", "poor", "poor", "moved");
  add (f, dong, "Phạm Thị Nga", NULL, NULL, NULL, NULL, NULL);
  f->index = tt_household_index_load (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tt_household_index_size (f->index), ==, 7);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_clear_pointer (&f->index, tt_household_index_unref);
  g_clear_object (&f->db);
}

/* The head names, in order, "; "-separated: what the list shows. */
static char *
names_of (Fixture *f, GArray *ids)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TtHousehold) h = tt_household_get (f->db, g_array_index (ids, gint64, i), NULL);
      g_string_append_printf (out, "%s%s", i ? "; " : "", h->head_name);
    }
  return g_string_free (out, FALSE);
}

static void
test_search (Fixture *f, gconstpointer data)
{
  static const struct
  {
    const char *query, *categories;
    int         year;
    gboolean    all;
    const char *names;
  } cases[] = {
    /* The name without accents, as typed letter by letter. */
    { "n", NULL, 0, FALSE, "Ngô Văn Nam; Nguyễn Thị Lan; Nguyễn Thị Lành; Phạm Thị Nga; Trần Nguyên Lân" },
    { "ng", NULL, 0, FALSE, "Ngô Văn Nam; Nguyễn Thị Lan; Nguyễn Thị Lành; Phạm Thị Nga; Trần Nguyên Lân" },
    { "nguyen", NULL, 0, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành; Trần Nguyên Lân" },
    { "nguyen thi", NULL, 0, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành" },
    { "nguyen thi lan", NULL, 0, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành" },
    { "nguyen thi lanh", NULL, 0, FALSE, "Nguyễn Thị Lành" },
    { "NGUYỄN THỊ LAN", NULL, 0, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành" },
    { "lan", NULL, 0, FALSE, "Đỗ Thị Lan; Nguyễn Thị Lan; Nguyễn Thị Lành; Trần Nguyên Lân" },
    { "do", NULL, 0, FALSE, "Đỗ Thị Lan" },
    { "duc", NULL, 0, FALSE, "" },
    { "duc", NULL, 0, TRUE, "Lê Văn Đức" },
    { "x", NULL, 0, FALSE, "" },
    /* ID digits, phone digits (with or without the spaces and dots it was written with). */
    { "0011", NULL, 0, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành" },
    { "001170000002", NULL, 0, FALSE, "Nguyễn Thị Lành" },
    { "0021", NULL, 0, FALSE, "Đỗ Thị Lan" },
    { "0912", NULL, 0, FALSE, "Ngô Văn Nam; Nguyễn Thị Lan" },
    { "09123", NULL, 0, FALSE, "Nguyễn Thị Lan" },
    { "0912 345", NULL, 0, FALSE, "Nguyễn Thị Lan" },
    { "0987654", NULL, 0, FALSE, "Trần Nguyên Lân" },
    { "0345", NULL, 0, FALSE, "" },
    { "0345", NULL, 0, TRUE, "Lê Văn Đức" },
    /* With the category of a year, or of each household's latest year. */
    { "nguyen", "poor", 2026, FALSE, "Nguyễn Thị Lan" },
    { "nguyen", "poor", 2025, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành" },
    { "nguyen", "near-poor", 0, FALSE, "Nguyễn Thị Lành; Trần Nguyên Lân" },
    { "n", "poor,near-poor", 2026, FALSE, "Nguyễn Thị Lan; Nguyễn Thị Lành; Trần Nguyên Lân" },
    { "n", "hardship", 0, FALSE, "Ngô Văn Nam" },
    { "0912", "poor", 2026, FALSE, "Nguyễn Thị Lan" },
    { "", "poor", 2026, FALSE, "Đỗ Thị Lan; Nguyễn Thị Lan" },
    { "", NULL, 2025, FALSE, "Ngô Văn Nam; Nguyễn Thị Lan; Nguyễn Thị Lành; Trần Nguyên Lân" },
    { "", NULL, 0, FALSE, "Đỗ Thị Lan; Ngô Văn Nam; Nguyễn Thị Lan; Nguyễn Thị Lành; Phạm Thị Nga; "
                          "Trần Nguyên Lân" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TtHouseholdFilter filter = { .query = cases[i].query, .categories = cases[i].categories,
                                   .year = cases[i].year, .include_inactive = cases[i].all };
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) sql = tt_household_ids (f->db, &filter, &error);
      g_autoptr(GArray) mem = NULL;
      g_autofree char *sql_names = NULL;
      g_autofree char *mem_names = NULL;

      g_assert_no_error (error);
      mem = tt_household_index_search (f->index, &filter, NULL, &error);
      g_assert_no_error (error);
      sql_names = names_of (f, sql);
      mem_names = names_of (f, mem);
      g_test_message ("“%s” %s %d", cases[i].query, cases[i].categories, cases[i].year);
      g_assert_cmpstr (sql_names, ==, cases[i].names);
      g_assert_cmpstr (mem_names, ==, cases[i].names);
    }
}

/* A bad category is refused by both; a cancelled search gives nothing. */
static void
test_refused (Fixture *f, gconstpointer data)
{
  TtHouseholdFilter bad = { .query = "n", .categories = "rich" };
  TtHouseholdFilter any = { .query = "n" };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = tt_household_index_search (f->index, &bad, NULL, &error);

  g_assert_null (ids);
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (tt_household_ids (f->db, &bad, &error));
  g_assert_error (error, TT_INPUT_ERROR, TT_INPUT_ERROR_INVALID);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_null (tt_household_index_search (f->index, &any, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/household-search/search", Fixture, NULL, fixture_set_up, test_search, fixture_tear_down);
  g_test_add ("/household-search/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  return g_test_run ();
}
