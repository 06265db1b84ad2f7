/* Forked workers sharing a task counter in shared memory. */
#include "workers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "interrupt.h"
#include "util.h"

/* LeakSanitizer checks for leaks at exit(), which a worker never calls (it
 * ends with _exit, leaving the parent's atexit handlers and buffers alone):
 * under -fsanitize=address a worker checks before it ends. */
#if defined(__SANITIZE_ADDRESS__)
#define DDC_WORKER_LEAK_CHECK 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DDC_WORKER_LEAK_CHECK 1
#endif
#endif
#ifdef DDC_WORKER_LEAK_CHECK
#include <sanitizer/lsan_interface.h>
#endif

unsigned ddc_workers_default_count(void)
{
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (unsigned)online : 1;
}

static char *result_path(const char *folder, size_t index, const char *suffix)
{
    return ddc_format("%s/%zu%s", folder, index, suffix);
}

/* Claims "started" before running a task, so that a worker's death is
 * pinned on its task; writes the result through a temporary name. */
static void work(const char *folder, size_t *next, const size_t *tasks, size_t count, ddc_task run, void *user)
{
    for (;;) {
        size_t index = __atomic_fetch_add(next, 1, __ATOMIC_SEQ_CST);
        if (index >= count)
            return;
        char *started = result_path(folder, index, ".started");
        FILE *mark = fopen(started, "w");
        if (mark) {
            fprintf(mark, "%ld\n", (long)getpid()); /* whose death to pin on it */
            fclose(mark);
        }
        free(started);
        char *result = run(tasks[index], user);
        char *temporary = result_path(folder, index, ".tmp");
        char *final = result_path(folder, index, ".result");
        FILE *stream = fopen(temporary, "w");
        if (stream) {
            if (result)
                fputs(result, stream);
            if (fclose(stream) == 0)
                rename(temporary, final);
        }
        free(temporary);
        free(final);
        free(result);
    }
}

static char *read_text(const char *path)
{
    FILE *stream = fopen(path, "rb");
    if (!stream)
        return NULL;
    size_t capacity = 1 << 16, used = 0;
    char *text = ddc_xmalloc(capacity);
    size_t got;
    while ((got = fread(text + used, 1, capacity - used - 1, stream)) > 0) {
        used += got;
        if (capacity - used < 4096) {
            capacity *= 2;
            text = ddc_xrealloc(text, capacity);
        }
    }
    fclose(stream);
    text[used] = '\0';
    return text;
}

/* Forks a worker that takes tasks until none is left.  Returns its pid in
 * the parent (-1 when fork failed); never returns in the worker. */
static pid_t start_worker(const char *folder, size_t *next, const size_t *tasks, size_t count, ddc_task run,
                          void *user)
{
    pid_t pid = ddc_worker_fork();
    if (pid == 0) {
        work(folder, next, tasks, count, run, user);
        fflush(NULL);
#ifdef DDC_WORKER_LEAK_CHECK
        __lsan_do_leak_check();
#endif
        _exit(0);
    }
    return pid;
}

/* A worker that did not exit normally: its pid and the signal that ended
 * it (0 when it exited with a failure status). */
typedef struct worker_death {
    pid_t pid;
    int signal;
} worker_death;

typedef struct worker_deaths {
    worker_death *items;
    size_t count;
} worker_deaths;

/* Waits for the `count` workers; one that dies while tasks are left is
 * replaced, so that the tasks after a crash still run in a worker.  Each
 * is reaped through ddc_worker_wait, which the signal handler relies on. */
static void reap_workers(const char *folder, size_t *next, const size_t *tasks, size_t task_count, ddc_task run,
                         void *user, pid_t *workers, unsigned count, worker_deaths *deaths)
{
    unsigned alive = count;
    while (alive > 0) {
        siginfo_t info;
        memset(&info, 0, sizeof info);
        if (waitid(P_ALL, 0, &info, WEXITED | WNOWAIT) != 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        pid_t pid = info.si_pid;
        unsigned w = 0;
        while (w < count && workers[w] != pid)
            w++;
        int status = ddc_worker_wait(pid);
        if (w == count)
            continue; /* not a worker */
        alive--;
        workers[w] = 0;
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
            continue;
        deaths->items = ddc_xrealloc(deaths->items, (deaths->count + 1) * sizeof *deaths->items);
        deaths->items[deaths->count++] = (worker_death){pid, WIFSIGNALED(status) ? WTERMSIG(status) : 0};
        if (__atomic_load_n(next, __ATOMIC_SEQ_CST) >= task_count)
            continue;
        fflush(NULL);
        pid_t again = start_worker(folder, next, tasks, task_count, run, user);
        if (again > 0) {
            workers[w] = again;
            alive++;
        }
    }
}

/* Names the file whose worker died, and the signal that ended it (from the
 * pid its ".started" mark holds). */
static void report_death(const char *file, const char *mark, const worker_deaths *deaths)
{
    long pid = 0;
    FILE *stream = fopen(mark, "r");
    if (stream) {
        if (fscanf(stream, "%ld", &pid) != 1)
            pid = 0;
        fclose(stream);
    }
    int signal_number = 0;
    for (size_t i = 0; i < deaths->count; i++)
        if ((long)deaths->items[i].pid == pid)
            signal_number = deaths->items[i].signal;
    if (signal_number > 0)
        fprintf(stderr, "ddicheck: error: the worker analysing '%s' was killed by signal %d (%s); the file is not "
                        "analysed\n", file, signal_number, strsignal(signal_number));
    else
        fprintf(stderr, "ddicheck: error: the worker analysing '%s' ended abnormally; the file is not analysed\n",
                file);
}

int ddc_workers_run(const size_t *tasks, size_t count, unsigned worker_count, ddc_task run, void *user,
                    const char *(*describe)(size_t task, void *user), char **results)
{
    memset(results, 0, count * sizeof *results);
    if (count == 0)
        return 0;
    /* Even one task runs in a worker: a crash in libclang (its parser runs
     * out of stack on code nested thousands deep) then costs that file. */
    if (worker_count < 1)
        worker_count = 1;
    if (worker_count > count)
        worker_count = (unsigned)count;
    const char *tmp = getenv("TMPDIR");
    char *folder = ddc_format("%s/ddicheck-workers-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    size_t *next = mmap(NULL, sizeof *next, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (next == MAP_FAILED || ddc_worker_folder_create(folder, worker_count) != 0) {
        fprintf(stderr, "ddicheck: error: cannot start the workers: %s\n", strerror(errno));
        if (next != MAP_FAILED)
            munmap(next, sizeof *next);
        free(folder);
        return -1;
    }
    *next = 0;
    fflush(NULL); /* nothing buffered is written twice */
    pid_t *workers = ddc_xcalloc(worker_count, sizeof *workers);
    unsigned started = 0;
    for (; started < worker_count; started++) {
        pid_t pid = start_worker(folder, next, tasks, count, run, user);
        if (pid < 0)
            break; /* the others share the tasks */
        workers[started] = pid;
    }
    if (started == 0)
        work(folder, next, tasks, count, run, user);
    worker_deaths deaths = {0};
    reap_workers(folder, next, tasks, count, run, user, workers, started, &deaths);
    for (size_t i = 0; i < count; i++) {
        char *path = result_path(folder, i, ".result");
        results[i] = read_text(path);
        free(path);
        if (results[i] && !results[i][0]) { /* the task had no result */
            free(results[i]);
            results[i] = NULL;
            continue;
        }
        char *mark = result_path(folder, i, ".started");
        if (!results[i] && access(mark, F_OK) == 0)
            report_death(describe(tasks[i], user), mark, &deaths);
        else if (!results[i]) /* no worker got to it (they could not start, or died between tasks) */
            results[i] = run(tasks[i], user);
        free(mark);
    }
    ddc_worker_folder_remove();
    munmap(next, sizeof *next);
    free(deaths.items);
    free(workers);
    free(folder);
    return 0;
}
