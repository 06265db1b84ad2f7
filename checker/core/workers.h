/* Worker processes: each of `worker_count` forked processes takes the next
 * task number until there are none left, so the load spreads evenly, and a
 * crash ends one task, never the run (a worker that dies is replaced while
 * tasks are left).  Each task's result is a text (a unit
 * result's JSON) handed back through a file in a private temporary folder;
 * the caller gets them by task number, so what it does with them does not
 * depend on which worker ran which task.  A signal that ends ddicheck kills
 * and waits for the workers and removes the folder (interrupt.h); a worker
 * ends when its parent does. */
#ifndef DDC_WORKERS_H
#define DDC_WORKERS_H

#include <stddef.h>

/* Runs one task in a worker; returns its result (newly allocated) or NULL
 * when it has none.  It may print on stderr. */
typedef char *(*ddc_task)(size_t task, void *user);

/* Runs tasks[0..count) (the numbers in `tasks`) with `worker_count` workers
 * (at least one, and no more than tasks: even one task runs in a forked
 * worker, so that a crash costs only that task).  results[i] receives task
 * tasks[i]'s result, or NULL when it had none or its worker died (the
 * reason is printed on stderr naming `describe(task)`).  Returns 0, or -1
 * when the workers could not be started. */
int ddc_workers_run(const size_t *tasks, size_t count, unsigned worker_count, ddc_task run, void *user,
                    const char *(*describe)(size_t task, void *user), char **results);

/* The number of processors online, at least 1 (the default for -j). */
unsigned ddc_workers_default_count(void);

#endif
