/* Temporary file, fsync, rename. */
#include "output_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "interrupt.h"
#include "util.h"

static void write_error(const char *path, int error)
{
    fprintf(stderr, "ddicheck: error: cannot write '%s': %s\n", path, strerror(error));
}

static void release(ddc_output_file *output)
{
    free(output->path);
    free(output->temporary);
    memset(output, 0, sizeof *output);
}

/* A device or a pipe (-o /dev/stdout, a named pipe) cannot be replaced by
 * a rename; it is written directly. */
static bool is_special(const char *path)
{
    struct stat status;
    return stat(path, &status) == 0 && !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode);
}

int ddc_output_file_open(ddc_output_file *output, const char *path)
{
    memset(output, 0, sizeof *output);
    if (is_special(path)) {
        if (!(output->stream = fopen(path, "w"))) {
            write_error(path, errno);
            return -1;
        }
        output->path = ddc_strdup(path);
        return 0;
    }
    char *folder = ddc_dirname(path);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    output->temporary = ddc_format("%s/.%s.XXXXXX", folder, base);
    free(folder);
    int fd = ddc_temp_file_create(output->temporary);
    if (fd < 0) {
        write_error(path, errno);
        free(output->temporary);
        output->temporary = NULL;
        return -1;
    }
    /* mkstemp makes the file private (0600); a report gets the usual mode. */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0 || !(output->stream = fdopen(fd, "w"))) {
        write_error(path, errno);
        close(fd);
        ddc_temp_file_remove(output->temporary);
        free(output->temporary);
        output->temporary = NULL;
        return -1;
    }
    output->path = ddc_strdup(path);
    return 0;
}

/* Syncs the folder so that the rename itself survives a crash; a failure
 * here does not make the report wrong, so it is not reported. */
static void sync_folder(const char *path)
{
    char *folder = ddc_dirname(path);
    int fd = open(folder, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(folder);
}

int ddc_output_file_check(const char *path)
{
    struct stat status;
    if (!path[0] || (stat(path, &status) == 0 && S_ISDIR(status.st_mode))) {
        write_error(path, path[0] ? EISDIR : ENOENT);
        return -1;
    }
    if (is_special(path)) /* opening a named pipe would wait for its reader */
        return 0;
    ddc_output_file probe;
    if (ddc_output_file_open(&probe, path))
        return -1;
    ddc_output_file_abort(&probe);
    return 0;
}

/* A write that failed while the report was written leaves only the
 * stream's error flag: a full file system is the usual reason. */
static int earlier_write_error(FILE *stream)
{
    struct statvfs space;
    if (fstatvfs(fileno(stream), &space) == 0 && space.f_bavail == 0)
        return ENOSPC;
    return EIO;
}

int ddc_output_file_commit(ddc_output_file *output)
{
    int error = 0;
    errno = 0;
    if (fflush(output->stream) != 0 || ferror(output->stream))
        error = errno ? errno : earlier_write_error(output->stream);
    if (!error && output->temporary && fsync(fileno(output->stream)) != 0)
        error = errno;
    if (fclose(output->stream) != 0 && !error)
        error = errno;
    output->stream = NULL;
    if (!error && output->temporary && ddc_temp_file_rename(output->temporary, output->path) != 0)
        error = errno;
    if (error) {
        write_error(output->path, error);
        if (output->temporary)
            ddc_temp_file_remove(output->temporary);
        release(output);
        return -1;
    }
    if (output->temporary)
        sync_folder(output->path);
    release(output);
    return 0;
}

void ddc_output_file_abort(ddc_output_file *output)
{
    if (output->stream)
        fclose(output->stream);
    if (output->temporary)
        ddc_temp_file_remove(output->temporary);
    release(output);
}
