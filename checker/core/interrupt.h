/* Ending on a signal without leaving anything behind.
 *
 * SIGINT (Ctrl-C), SIGTERM, SIGHUP and SIGPIPE end ddicheck at once, wherever
 * it is in a run.  Before it ends, the handler kills and waits for the worker
 * processes, removes their private folder and every temporary file this
 * process registered here (a -o report's, a facts cache entry's, the header
 * overlay), then ends the process by the same signal, so that whatever ran
 * it sees an interrupted command (a shell reports 128 + the signal's number:
 * 130 for Ctrl-C) and a script stops.  What is written for keeps is renamed
 * into place only when complete, so a signal leaves either the old file or
 * the complete new one, never a half-written one.
 *
 * The handler makes only async-signal-safe calls.  A registration belongs to
 * the process that made it: a forked worker inherits its parent's but acts
 * only on its own (it removes the cache entry it was writing; the parent
 * removes the rest).  Registrations and the fork of a worker happen with the
 * signals blocked, so a signal never finds a file or a worker unregistered. */
#ifndef DDC_INTERRUPT_H
#define DDC_INTERRUPT_H

#include <sys/types.h>

/* Installs the handler for SIGINT, SIGTERM, SIGHUP and SIGPIPE.  A signal
 * that was ignored when ddicheck started (SIGHUP under nohup, SIGINT of a
 * background job) stays ignored. */
void ddc_interrupt_install(void);

/* Creates a temporary file as mkstemp does (`template` ends in "XXXXXX",
 * which is replaced) and registers it for removal should a signal end this
 * process.  Returns its descriptor (mode 0600), or -1 with errno set. */
int ddc_temp_file_create(char *template);

/* Renames the temporary file `path` (from ddc_temp_file_create) to `final`
 * and forgets it.  Returns 0, or -1 with errno set: the file then stays and
 * stays registered (remove it with ddc_temp_file_remove). */
int ddc_temp_file_rename(const char *path, const char *final);

/* Removes the temporary file `path` and forgets it. */
void ddc_temp_file_remove(const char *path);

/* Creates the private folder of a pool of at most `capacity` workers as
 * mkdtemp does (`template` ends in "XXXXXX") and registers it: a signal
 * kills the workers started with ddc_worker_fork, waits for them and removes
 * the folder with what is in it (files only).  One pool at a time.  Returns
 * 0, or -1 with errno set. */
int ddc_worker_folder_create(char *template, unsigned capacity);

/* Removes the pool's folder with the files in it and forgets the pool. */
void ddc_worker_folder_remove(void);

/* Forks a worker of the pool.  Returns what fork() returns; in the parent a
 * new worker is registered.  The worker ends (SIGTERM) when its parent
 * ends. */
pid_t ddc_worker_fork(void);

/* Waits for worker `pid` to end and forgets it.  Returns its wait status. */
int ddc_worker_wait(pid_t pid);

#endif
