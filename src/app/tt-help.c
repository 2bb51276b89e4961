/* tt-help.c — the user guide
 *
 * The guide is written in Mallard (help/C and help/vi). F1 and Help in the menu open it in the
 * desktop's help browser when there is one and the guide is installed where it looks; otherwise
 * (Debian without Yelp, inside the Flatpak) the app shows it itself: its pages in a sidebar, the
 * page read into a text view — titles, paragraphs, steps and lists, notes, what to click and
 * which keys to press, and the screenshots.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "tt-help.h"
#include "tt-locale.h"

/* ---- where the guide is -------------------------------------------------------------------- */

/* The guide's folder in the language that suits the user: Vietnamese or English (C). */
char *
tt_help_dir (void)
{
  const char *const *languages = g_get_language_names ();
  const char *lang = "C";
  g_autofree char *base = NULL;

  for (int i = 0; languages[i] != NULL; i++)
    {
      if (g_str_has_prefix (languages[i], "vi"))
        {
          lang = "vi";
          break;
        }
      if (g_str_has_prefix (languages[i], "en") || g_str_equal (languages[i], "C"))
        break;
    }
  if (tt_running_uninstalled ())
    return g_build_filename (TT_SOURCE_ROOT, "help", lang, NULL);
  base = g_build_filename (tt_data_dir (), "help", lang, "tuong-than", NULL);
  return g_steal_pointer (&base);
}

/* ---- a Mallard page read into a text buffer ------------------------------------------------ */

typedef struct
{
  GtkTextView   *view;
  GtkTextBuffer *buffer;
  const char    *dir;
  GPtrArray     *tags;      /* the tags of the elements open now */
  GArray        *lists;     /* for each open list: 0 a bulleted list, else the next step's number */
  int            depth_info;
  gboolean       in_keyseq;
  gboolean       first_key;
  gboolean       item_started;
  char          *title;     /* the page's own title */
  int            titles;
} Reader;

static void
insert (Reader *r, const char *text)
{
  GtkTextIter end;
  int start_offset;

  gtk_text_buffer_get_end_iter (r->buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (r->buffer, &end, text, -1);
  for (guint i = 0; i < r->tags->len; i++)
    {
      GtkTextIter a, b;
      gtk_text_buffer_get_iter_at_offset (r->buffer, &a, start_offset);
      gtk_text_buffer_get_end_iter (r->buffer, &b);
      gtk_text_buffer_apply_tag_by_name (r->buffer, r->tags->pdata[i], &a, &b);
    }
}

static const char *
tag_of (const char *element, Reader *r)
{
  if (g_str_equal (element, "title"))
    return r->titles == 0 ? "title" : "heading";
  if (g_str_equal (element, "gui"))
    return "gui";
  if (g_str_equal (element, "em"))
    return "em";
  if (g_str_equal (element, "key") || g_str_equal (element, "input") || g_str_equal (element, "code"))
    return "key";
  if (g_str_equal (element, "note"))
    return "note";
  if (g_str_equal (element, "item"))
    return "item";
  return NULL;
}

static void
on_start (GMarkupParseContext *context, const char *element, const char **names, const char **values,
          gpointer data, GError **error)
{
  Reader *r = data;
  const char *tag;

  if (g_str_equal (element, "info") || r->depth_info > 0)
    {
      r->depth_info++;
      return;
    }
  if (g_str_equal (element, "steps") || g_str_equal (element, "list"))
    {
      int kind = g_str_equal (element, "steps") ? 1 : 0;
      g_array_append_val (r->lists, kind);
    }
  else if (g_str_equal (element, "item") && r->lists->len > 0)
    {
      int *next = &g_array_index (r->lists, int, r->lists->len - 1);
      g_autofree char *mark = *next > 0 ? g_strdup_printf ("%d. ", (*next)++) : g_strdup ("• ");
      g_ptr_array_add (r->tags, (gpointer) "item");
      insert (r, mark);
      g_ptr_array_remove_index (r->tags, r->tags->len - 1);
      r->item_started = TRUE;
    }
  else if (g_str_equal (element, "keyseq"))
    {
      r->in_keyseq = TRUE;
      r->first_key = TRUE;
    }
  else if (g_str_equal (element, "key") && r->in_keyseq && !r->first_key)
    insert (r, "+");
  else if (g_str_equal (element, "media"))
    {
      for (int i = 0; names[i] != NULL; i++)
        if (g_str_equal (names[i], "src"))
          {
            g_autofree char *path = g_build_filename (r->dir, values[i], NULL);
            GtkTextIter end;
            GtkTextChildAnchor *anchor;
            GtkWidget *picture = gtk_picture_new_for_filename (path);

            gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
            gtk_widget_set_size_request (picture, 560, 315);
            gtk_text_buffer_get_end_iter (r->buffer, &end);
            anchor = gtk_text_buffer_create_child_anchor (r->buffer, &end);
            gtk_text_view_add_child_at_anchor (r->view, picture, anchor);
            insert (r, "\n");
          }
      r->depth_info++;   /* its text is the image's description */
      return;
    }
  if (g_str_equal (element, "key"))
    r->first_key = FALSE;
  if ((tag = tag_of (element, r)) != NULL)
    g_ptr_array_add (r->tags, (gpointer) tag);
  if (g_str_equal (element, "note"))
    insert (r, _("Note: "));
}

static void
on_end (GMarkupParseContext *context, const char *element, gpointer data, GError **error)
{
  Reader *r = data;

  if (r->depth_info > 0)
    {
      r->depth_info--;
      return;
    }
  if (tag_of (element, r) != NULL || g_str_equal (element, "title"))
    {
      if (r->tags->len > 0)
        g_ptr_array_remove_index (r->tags, r->tags->len - 1);
    }
  if (g_str_equal (element, "title"))
    {
      r->titles++;
      insert (r, "\n");
    }
  else if (g_str_equal (element, "p"))
    insert (r, r->item_started ? "\n" : "\n\n");
  else if (g_str_equal (element, "item"))
    r->item_started = FALSE;
  else if (g_str_equal (element, "steps") || g_str_equal (element, "list"))
    {
      g_array_remove_index (r->lists, r->lists->len - 1);
      insert (r, "\n");
    }
  else if (g_str_equal (element, "keyseq"))
    r->in_keyseq = FALSE;
}

static gboolean
ends_a_line (GtkTextBuffer *buffer)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  if (!gtk_text_iter_backward_char (&end))
    return TRUE;
  return gtk_text_iter_get_char (&end) == '\n' || gtk_text_iter_get_char (&end) == ' ';
}

static void
on_text (GMarkupParseContext *context, const char *text, gsize len, gpointer data, GError **error)
{
  static const char *const blocks[] = { "page", "section", "steps", "list", "item", "note", "keyseq", NULL };
  Reader *r = data;
  const char *element = g_markup_parse_context_get_element (context);
  g_autoptr(GString) clean = g_string_new (NULL);

  if (r->depth_info > 0 || element == NULL || g_strv_contains (blocks, element))
    return;
  /* Whitespace as a reader sees it: a run of spaces and line breaks is one space. */
  for (gsize i = 0; i < len; i++)
    {
      gboolean space = g_ascii_isspace (text[i]);
      if (space && (clean->len > 0 ? clean->str[clean->len - 1] == ' ' : ends_a_line (r->buffer)))
        continue;
      g_string_append_c (clean, space ? ' ' : text[i]);
    }
  if (clean->len == 0)
    return;
  if (r->titles == 0 && g_str_equal (element, "title"))
    {
      g_autofree char *old = r->title;
      r->title = old ? g_strconcat (old, clean->str, NULL) : g_strdup (clean->str);
    }
  insert (r, clean->str);
}

static void
make_tags (GtkTextBuffer *buffer)
{
  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.6, "pixels-below-lines", 8, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.25, "pixels-above-lines", 12,
                              NULL);
  gtk_text_buffer_create_tag (buffer, "gui", "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_text_buffer_create_tag (buffer, "em", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "key", "family", "monospace", NULL);
  gtk_text_buffer_create_tag (buffer, "note", "style", PANGO_STYLE_ITALIC, "left-margin", 24, NULL);
  gtk_text_buffer_create_tag (buffer, "item", "left-margin", 24, "indent", -16, NULL);
}

/* Reads the page @id of the guide in @dir into @view; its title (or NULL and @error). */
char *
tt_help_read_page (GtkTextView *view,
                   const char  *dir,
                   const char  *id,
                   GError     **error)
{
  static const GMarkupParser parser = { on_start, on_end, on_text, NULL, NULL };
  g_autofree char *file = g_strdup_printf ("%s.page", id);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  g_autofree char *text = NULL;
  gsize length = 0;
  Reader r = { view, gtk_text_view_get_buffer (view), dir };
  GMarkupParseContext *context;
  gboolean ok;

  if (!g_file_get_contents (path, &text, &length, error))
    return NULL;
  gtk_text_buffer_set_text (r.buffer, "", 0);
  if (gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (r.buffer), "title") == NULL)
    make_tags (r.buffer);
  r.tags = g_ptr_array_new ();
  r.lists = g_array_new (FALSE, FALSE, sizeof (int));
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, &r, NULL);
  ok = g_markup_parse_context_parse (context, text, length, error) && g_markup_parse_context_end_parse (context, error);
  g_markup_parse_context_free (context);
  g_ptr_array_unref (r.tags);
  g_array_unref (r.lists);
  if (!ok)
    {
      g_free (r.title);
      return NULL;
    }
  return r.title ? r.title : g_strdup (id);
}

/* ---- the app's own help window --------------------------------------------------------------- */

typedef struct
{
  char        *dir;
  GtkTextView *view;
  GtkListBox  *pages;
} Help;

static void
help_free (Help *h)
{
  g_free (h->dir);
  g_free (h);
}

static void
show_page (Help *h, const char *id)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = tt_help_read_page (h->view, h->dir, id, &error);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (h->view);

  if (title == NULL)
    {
      gtk_text_buffer_set_text (buffer, error->message, -1);
      return;
    }
  /* The guide's front page lists its topics, as the sidebar does. */
  if (g_str_equal (id, "index"))
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (h->pages)); row; row = gtk_widget_get_next_sibling (row))
      if (!g_str_equal (gtk_widget_get_name (row), "index"))
        {
          g_autofree char *line = g_strdup_printf ("\n• %s", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
          GtkTextIter end;
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert_with_tags_by_name (buffer, &end, line, -1, "item", NULL);
        }
}

static void
on_page_chosen_cb (GtkListBox *list, GtkListBoxRow *row, Help *h)
{
  if (row != NULL)
    show_page (h, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* The guide's pages: the index first, then the topics by their titles. */
static GPtrArray *
page_ids (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_ptr_array_add (ids, g_strdup ("index"));
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".page") && !g_str_equal (name, "index.page"))
      g_ptr_array_add (ids, g_strndup (name, strlen (name) - strlen (".page")));
  return ids;
}

static int
by_title (GtkListBoxRow *a, GtkListBoxRow *b, gpointer data)
{
  if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (a)), "index"))
    return -1;
  if (g_str_equal (gtk_widget_get_name (GTK_WIDGET (b)), "index"))
    return 1;
  return g_utf8_collate (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (a)),
                         adw_preferences_row_get_title (ADW_PREFERENCES_ROW (b)));
}

/* The guide in @dir shown by the app, at page @id. */
GtkWindow *
tt_help_window_new (GtkWindow  *parent,
                    const char *dir,
                    const char *id)
{
  Help *h = g_new0 (Help, 1);
  GtkWidget *window = g_object_new (ADW_TYPE_WINDOW, "transient-for", parent, "default-width", 980,
                                    "default-height", 680, "title", _("Help"), NULL);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *panes = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *side = gtk_scrolled_window_new ();
  GtkWidget *main = gtk_scrolled_window_new ();
  g_autoptr(GPtrArray) ids = page_ids (dir);
  GtkTextView *measure = GTK_TEXT_VIEW (g_object_ref_sink (gtk_text_view_new ()));

  h->dir = g_strdup (dir);
  h->pages = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (h->pages), "navigation-sidebar");
  gtk_widget_set_name (GTK_WIDGET (h->pages), "pages");
  gtk_list_box_set_sort_func (h->pages, by_title, NULL, NULL);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *title = tt_help_read_page (measure, dir, ids->pdata[i], NULL);
      GtkWidget *row = adw_action_row_new ();

      if (title == NULL)
        continue;
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_widget_set_name (row, ids->pdata[i]);
      gtk_list_box_append (h->pages, row);
    }
  g_object_unref (measure);
  g_signal_connect (h->pages, "row-selected", G_CALLBACK (on_page_chosen_cb), h);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side), GTK_WIDGET (h->pages));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (side, 260, -1);
  h->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (h->view, FALSE);
  gtk_text_view_set_cursor_visible (h->view, FALSE);
  gtk_text_view_set_wrap_mode (h->view, GTK_WRAP_WORD_CHAR);
  g_object_set (h->view, "left-margin", 24, "right-margin", 24, "top-margin", 18, "bottom-margin", 18, NULL);
  gtk_widget_set_name (GTK_WIDGET (h->view), "page");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (main), GTK_WIDGET (h->view));
  gtk_widget_set_hexpand (main, TRUE);
  gtk_widget_set_vexpand (main, TRUE);
  gtk_box_append (GTK_BOX (panes), side);
  gtk_box_append (GTK_BOX (panes), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  gtk_box_append (GTK_BOX (panes), main);
  gtk_box_append (GTK_BOX (content), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (content), panes);
  adw_window_set_content (ADW_WINDOW (window), content);
  g_object_set_data_full (G_OBJECT (window), "help", h, (GDestroyNotify) help_free);
  g_object_set_data (G_OBJECT (window), "page-view", h->view);
  gtk_widget_add_css_class (window, "view");
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (h->pages)); row; row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (gtk_widget_get_name (row), id ? id : "index"))
      gtk_list_box_select_row (h->pages, GTK_LIST_BOX_ROW (row));
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, keys);
  }
  return GTK_WINDOW (window);
}

/* Opens the guide at page @id (NULL: its index): in Yelp when it is there and the guide is
 * installed where Yelp looks, otherwise in the app's own window. */
void
tt_help_show (GtkWindow  *parent,
              const char *id)
{
  g_autofree char *dir = tt_help_dir ();
  g_autofree char *yelp = g_find_program_in_path ("yelp");
  gboolean system_guide = !tt_running_uninstalled () && g_str_has_prefix (dir, TT_DATADIR) &&
                          !g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);

  if (yelp != NULL && system_guide && g_getenv ("TT_HELP_BUILT_IN") == NULL)
    {
      g_autofree char *uri = id ? g_strdup_printf ("help:tuong-than/%s", id) : g_strdup ("help:tuong-than");
      if (g_app_info_launch_default_for_uri (uri, NULL, NULL))
        return;
    }
  gtk_window_present (tt_help_window_new (parent, dir, id));
}
