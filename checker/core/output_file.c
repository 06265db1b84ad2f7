/* Temporary file, fsync, rename. */
#include "output_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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

int ddc_output_file_open(ddc_output_file *output, const char *path)
{
    memset(output, 0, sizeof *output);
    char *folder = ddc_dirname(path);
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    output->temporary = ddc_format("%s/.%s.XXXXXX", folder, base);
    free(folder);
    int fd = mkstemp(output->temporary);
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
        unlink(output->temporary);
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

int ddc_output_file_commit(ddc_output_file *output)
{
    int error = 0;
    errno = 0;
    if (fflush(output->stream) != 0 || ferror(output->stream))
        error = errno ? errno : EIO;
    if (!error && fsync(fileno(output->stream)) != 0)
        error = errno;
    if (fclose(output->stream) != 0 && !error)
        error = errno;
    output->stream = NULL;
    if (!error && rename(output->temporary, output->path) != 0)
        error = errno;
    if (error) {
        write_error(output->path, error);
        unlink(output->temporary);
        release(output);
        return -1;
    }
    sync_folder(output->path);
    release(output);
    return 0;
}

void ddc_output_file_abort(ddc_output_file *output)
{
    if (!output->temporary)
        return;
    if (output->stream)
        fclose(output->stream);
    unlink(output->temporary);
    release(output);
}
