/* Finding a file's compilation database the way clang tools do when no -p is
 * given: walking up from the file's folder, the first folder that holds
 * compile_commands.json, or whose build/ subfolder holds one.  This is what
 * lets a pre-commit hook or an editor pass bare file names. */
#ifndef DDC_COMPILE_DATABASE_H
#define DDC_COMPILE_DATABASE_H

#include <clang-c/CXCompilationDatabase.h>

/* Databases found so far, each loaded once. */
typedef struct ddc_database_finder ddc_database_finder;

ddc_database_finder *ddc_database_finder_new(void);

/* The compile commands for `file` from the database found for it, or NULL
 * when no folder above it has a database, the database cannot be loaded
 * (reported on stderr once), or the database does not list the file.  Only a
 * listed file counts: libclang would otherwise infer a command from a similar
 * file, and a database found by walking up may belong to another project.
 * Dispose the result with clang_CompileCommands_dispose. */
CXCompileCommands ddc_database_finder_commands(ddc_database_finder *finder, const char *file);

/* The compile commands `database` has for `file` (made absolute first), or
 * NULL when it has none.  libclang infers a command for a file the database
 * does not list from the most similar file it does list.  Dispose with clang_CompileCommands_dispose. */
CXCompileCommands ddc_database_commands_for(CXCompilationDatabase database, const char *file);

/* Checks `folder`/compile_commands.json the way libclang reads it (a JSON
 * array of objects with "directory", "file", and "command" or "arguments";
 * "output" is the only other key), so that a bad one is reported with what
 * is wrong and where, instead of libclang's terse message.  Returns NULL
 * when libclang can load it (or when there is none but a compile_flags.txt,
 * which libclang reads), else the reason, newly allocated: "No such file or
 * directory", "it is empty", "it is not valid JSON: ... (at byte N)", "entry
 * 3 of 7 has no \"file\""... */
char *ddc_database_problem(const char *folder);

/* Loads the compilation database of `folder` (ddc_database_problem first,
 * then libclang).  Returns NULL with *problem set (newly allocated) when it
 * cannot be loaded. */
CXCompilationDatabase ddc_database_load(const char *folder, char **problem);

void ddc_database_finder_free(ddc_database_finder *finder);

#endif
