/* Forked workers sharing a task counter in shared memory. */
#include "workers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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
        if (mark)
            fclose(mark);
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

int ddc_workers_run(const size_t *tasks, size_t count, unsigned worker_count, ddc_task run, void *user,
                    const char *(*describe)(size_t task, void *user), char **results)
{
    memset(results, 0, count * sizeof *results);
    if (worker_count <= 1 || count <= 1) {
        for (size_t i = 0; i < count; i++)
            results[i] = run(tasks[i], user);
        return 0;
    }
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
        pid_t pid = ddc_worker_fork();
        if (pid == 0) {
            work(folder, next, tasks, count, run, user);
            fflush(NULL);
#ifdef DDC_WORKER_LEAK_CHECK
            __lsan_do_leak_check();
#endif
            _exit(0);
        }
        if (pid < 0)
            break; /* the others share the tasks */
        workers[started] = pid;
    }
    if (started == 0)
        work(folder, next, tasks, count, run, user);
    for (unsigned w = 0; w < started; w++)
        ddc_worker_wait(workers[w]);
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
            fprintf(stderr, "ddicheck: error: the worker analysing '%s' ended abnormally; the file is not analysed\n",
                    describe(tasks[i], user));
        else if (!results[i]) /* no worker got to it (they could not start, or died between tasks) */
            results[i] = run(tasks[i], user);
        free(mark);
    }
    ddc_worker_folder_remove();
    munmap(next, sizeof *next);
    free(workers);
    free(folder);
    return 0;
}
