/* The signal handler and what it cleans up (see interrupt.h). */
#include "interrupt.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "util.h"

/* SIGPIPE: a closed pipe on stdout or stderr (ddicheck ... | head) ends the
 * run as before, without leaving anything behind (the language server
 * ignores it: lsp_server.c). */
static const int handled_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
#define HANDLED_COUNT (sizeof handled_signals / sizeof handled_signals[0])

/* A run has at most a few temporary files at once (the -o report's, the
 * header overlay, a cache entry being written); one more is made without a
 * registration (a signal may then leave it). */
enum { TEMP_SLOTS = 16 };

static struct {
    char *path;  /* NULL: the slot is free */
    pid_t owner; /* the process that made it */
} temps[TEMP_SLOTS];

static struct {
    char *folder; /* NULL: no pool */
    pid_t owner;
    pid_t *pids;
    unsigned count, capacity;
} pool;

static void handled_set(sigset_t *set)
{
    sigemptyset(set);
    for (size_t i = 0; i < HANDLED_COUNT; i++)
        sigaddset(set, handled_signals[i]);
}

/* Registrations change with the handled signals blocked: the handler never
 * sees one half made. */
static void block(sigset_t *old)
{
    sigset_t set;
    handled_set(&set);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void restore(const sigset_t *old)
{
    sigprocmask(SIG_SETMASK, old, NULL);
}

/* Linux's getdents64 record: readdir is not async-signal-safe (it
 * allocates), the system call is. */
struct directory_record {
    uint64_t inode;
    int64_t offset;
    unsigned short length;
    unsigned char type;
    char name[];
};

/* Removes the files in `folder`, then the folder; async-signal-safe.  A
 * pass that removes something is followed by another, as removing while
 * reading may skip names. */
static void remove_folder(const char *folder)
{
    int fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        char buffer[8192] __attribute__((aligned(8)));
        bool removed = true;
        for (int pass = 0; removed && pass < 8; pass++) {
            removed = false;
            lseek(fd, 0, SEEK_SET);
            long got;
            while ((got = syscall(SYS_getdents64, fd, buffer, sizeof buffer)) > 0) {
                for (long at = 0; at < got;) {
                    const struct directory_record *record = (const void *)(buffer + at);
                    at += record->length;
                    const char *name = record->name;
                    if (name[0] == '.' && (!name[1] || (name[1] == '.' && !name[2])))
                        continue;
                    removed |= unlinkat(fd, name, 0) == 0;
                }
            }
        }
        close(fd);
    }
    rmdir(folder);
}

static void on_signal(int signo)
{
    pid_t self = getpid();
    if (pool.folder && pool.owner == self) {
        for (unsigned i = 0; i < pool.count; i++)
            kill(pool.pids[i], SIGTERM);
        for (unsigned i = 0; i < pool.count; i++)
            while (waitpid(pool.pids[i], NULL, 0) < 0 && errno == EINTR)
                ;
        remove_folder(pool.folder);
    }
    for (size_t i = 0; i < TEMP_SLOTS; i++)
        if (temps[i].path && temps[i].owner == self)
            unlink(temps[i].path);
    /* End by the signal itself: it is delivered, now with its default
     * action, as soon as the handler returns. */
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    sigaction(signo, &action, NULL);
    raise(signo);
}

static void handle(int signo, bool even_if_ignored)
{
    struct sigaction action;
    if (!even_if_ignored && sigaction(signo, NULL, &action) == 0 && action.sa_handler == SIG_IGN)
        return;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    handled_set(&action.sa_mask); /* one handler at a time */
    sigaction(signo, &action, NULL);
}

void ddc_interrupt_install(void)
{
    for (size_t i = 0; i < HANDLED_COUNT; i++)
        handle(handled_signals[i], false);
}

int ddc_temp_file_create(char *template)
{
    sigset_t old;
    block(&old);
    int fd = mkstemp(template);
    int error = errno;
    if (fd >= 0)
        for (size_t i = 0; i < TEMP_SLOTS; i++)
            if (!temps[i].path) {
                temps[i].owner = getpid();
                temps[i].path = ddc_strdup(template);
                break;
            }
    restore(&old);
    errno = error;
    return fd;
}

/* Forgets `path`; called with the signals blocked. */
static void forget(const char *path)
{
    pid_t self = getpid();
    for (size_t i = 0; i < TEMP_SLOTS; i++)
        if (temps[i].path && temps[i].owner == self && strcmp(temps[i].path, path) == 0) {
            char *copy = temps[i].path;
            temps[i].path = NULL;
            free(copy);
            return;
        }
}

int ddc_temp_file_rename(const char *path, const char *final)
{
    sigset_t old;
    block(&old);
    int status = rename(path, final);
    int error = errno;
    if (status == 0)
        forget(path);
    restore(&old);
    errno = error;
    return status;
}

void ddc_temp_file_remove(const char *path)
{
    sigset_t old;
    block(&old);
    unlink(path);
    forget(path);
    restore(&old);
}

int ddc_worker_folder_create(char *template, unsigned capacity)
{
    sigset_t old;
    block(&old);
    int status = -1;
    int error = 0;
    if (pool.folder) {
        error = EBUSY;
    } else if (!mkdtemp(template)) {
        error = errno;
    } else {
        pool.folder = ddc_strdup(template);
        pool.owner = getpid();
        pool.pids = ddc_xcalloc(capacity + 1, sizeof *pool.pids);
        pool.count = 0;
        pool.capacity = capacity;
        status = 0;
    }
    restore(&old);
    errno = error;
    return status;
}

void ddc_worker_folder_remove(void)
{
    sigset_t old;
    block(&old);
    if (pool.folder && pool.owner == getpid()) {
        remove_folder(pool.folder);
        free(pool.folder);
        free(pool.pids);
        memset(&pool, 0, sizeof pool);
    }
    restore(&old);
}

pid_t ddc_worker_fork(void)
{
    sigset_t old;
    block(&old);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid == 0) {
        /* The parent's SIGTERM ends a worker even if ddicheck was started
         * with SIGTERM ignored; so does the parent's end, however it ends. */
        handle(SIGTERM, true);
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent) /* it ended before prctl */
            raise(SIGTERM);
    } else if (pid > 0 && pool.folder && pool.count < pool.capacity) {
        pool.pids[pool.count++] = pid;
    }
    int error = errno;
    restore(&old);
    errno = error;
    return pid;
}

int ddc_worker_wait(pid_t pid)
{
    /* Wait without reaping, then reap and forget at once with the signals
     * blocked: the handler never kills a reaped process's number, which
     * another process may have taken. */
    siginfo_t info;
    while (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOWAIT) != 0 && errno == EINTR)
        ;
    sigset_t old;
    block(&old);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    for (unsigned i = 0; i < pool.count; i++)
        if (pool.pids[i] == pid) {
            pool.pids[i] = pool.pids[--pool.count];
            break;
        }
    restore(&old);
    return status;
}
