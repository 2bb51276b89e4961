/* fuzz-driver.c — runs a fuzz target without libFuzzer: every file of the corpus, then random
 * mutations of them (flipped bits, cut ends, repeated and deleted runs, spliced files) for a
 * time budget. Deterministic for a given seed so that a failure can be replayed.
 *
 *   fuzz-TARGET CORPUS_DIR [--seconds N] [--seed S]
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static GByteArray *
mutate (GRand *r, GPtrArray *corpus)
{
  GBytes *seed = corpus->pdata[g_rand_int_range (r, 0, corpus->len)];
  gsize n = 0;
  const guint8 *d = g_bytes_get_data (seed, &n);
  GByteArray *out = g_byte_array_new ();
  int rounds = g_rand_int_range (r, 1, 6);

  g_byte_array_append (out, d, n);
  for (int i = 0; i < rounds; i++)
    {
      guint len = out->len;
      guint at = len ? g_rand_int_range (r, 0, len) : 0;
      guint span = g_rand_int_range (r, 1, 64);   /* MIN() evaluates twice: draw once */
      switch (g_rand_int_range (r, 0, 7))
        {
        case 0:
          if (len)
            out->data[at] ^= 1 << g_rand_int_range (r, 0, 8);
          break;
        case 1:
          if (len)
            out->data[at] = (guint8) g_rand_int_range (r, 0, 256);
          break;
        case 2:
          g_byte_array_set_size (out, at);
          break;
        case 3:
          if (len)
            {
              guint run = MIN (len - at, span);
              g_byte_array_remove_range (out, at, run);
            }
          break;
        case 4:
          if (len)
            {
              guint run = MIN (len - at, span);
              g_autofree guint8 *copy = g_memdup2 (out->data + at, run);
              g_array_insert_vals ((GArray *) out, g_rand_int_range (r, 0, out->len + 1), copy, run);
            }
          break;
        case 5:
          {
            static const char *const tokens[] = { "\"", "\"\"", "\n", "\r\n", ";", ",", "\t", "\xEF\xBB\xBF",
                                                  "\xFF\xFE", "\xC3", "\xE1\xBB", "\0", "PK\x05\x06" };
            const char *t = tokens[g_rand_int_range (r, 0, G_N_ELEMENTS (tokens))];
            g_array_insert_vals ((GArray *) out, at, t, MAX (strlen (t), 1));
          }
          break;
        default:
          {
            GBytes *other = corpus->pdata[g_rand_int_range (r, 0, corpus->len)];
            gsize m = 0;
            const guint8 *o = g_bytes_get_data (other, &m);
            if (m)
              {
                guint from = g_rand_int_range (r, 0, m);
                g_byte_array_set_size (out, at);
                g_byte_array_append (out, o + from, m - from);
              }
          }
          break;
        }
    }
  return out;
}

int
main (int argc, char **argv)
{
  g_autoptr(GPtrArray) corpus = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double seconds = 10;
  guint32 seed = 20261122;
  const char *name;
  guint64 runs = 0;
  GRand *r;

  if (argc < 2)
    {
      g_printerr ("usage: %s CORPUS_DIR [--seconds N] [--seed S]\n", argv[0]);
      return 2;
    }
  for (int i = 2; i + 1 < argc; i += 2)
    if (g_str_equal (argv[i], "--seconds"))
      seconds = g_ascii_strtod (argv[i + 1], NULL);
    else if (g_str_equal (argv[i], "--seed"))
      seed = (guint32) g_ascii_strtoull (argv[i + 1], NULL, 10);
  if ((dir = g_dir_open (argv[1], 0, &error)) == NULL)
    g_error ("%s", error->message);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (argv[1], name, NULL);
      char *data = NULL;
      gsize n = 0;
      if (g_file_get_contents (path, &data, &n, NULL))
        {
          LLVMFuzzerTestOneInput ((const uint8_t *) data, n);
          g_ptr_array_add (corpus, g_bytes_new_take (data, n));
        }
    }
  g_assert_cmpuint (corpus->len, >, 0);

  r = g_rand_new_with_seed (seed);
  while (g_timer_elapsed (timer, NULL) < seconds)
    {
      GByteArray *input = mutate (r, corpus);
      /* An exact-size heap copy, so that AddressSanitizer sees any read past the end. */
      guint8 *exact = g_malloc (MAX (input->len, 1));
      memcpy (exact, input->data, input->len);
      LLVMFuzzerTestOneInput (exact, input->len);
      g_free (exact);
      g_byte_array_unref (input);
      runs++;
    }
  g_rand_free (r);
  g_print ("%" G_GUINT64_FORMAT " inputs (seed %u) in %.1f s, %u corpus files\n", runs, seed,
           g_timer_elapsed (timer, NULL), corpus->len);
  return 0;
}
