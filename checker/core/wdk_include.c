/* The flags for the real WDK's headers (see wdk_include.h). */
#include "wdk_include.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool has_folder(const char *folder, const char *name)
{
    char *path = ddc_format("%s/%s", folder, name);
    bool found = ddc_is_directory(path);
    free(path);
    return found;
}

bool ddc_wdk_include_valid(const char *folder, const char **why)
{
    *why = NULL;
    if (!ddc_is_directory(folder))
        *why = "is not a folder";
    else if (!has_folder(folder, "km") && !has_folder(folder, "um"))
        *why = "has no km/ or um/ folder (expected the WDK's Include/<version> folder)";
    else if (!has_folder(folder, "shared"))
        *why = "has no shared/ folder (expected the WDK's Include/<version> folder)";
    return *why == NULL;
}

/* Parses a "MAJOR.MINOR" folder name. */
static bool parse_version(const char *name, unsigned *major, unsigned *minor)
{
    char end;
    return sscanf(name, "%u.%u%c", major, minor, &end) == 2;
}

/* The highest <major>.<minor> folder in `folder`, or NULL. */
static char *highest_version(const char *folder, unsigned *major, unsigned *minor)
{
    DIR *directory = opendir(folder);
    if (!directory)
        return NULL;
    char *best = NULL;
    for (struct dirent *entry; (entry = readdir(directory));) {
        unsigned entry_major, entry_minor;
        if (!parse_version(entry->d_name, &entry_major, &entry_minor) || !has_folder(folder, entry->d_name))
            continue;
        if (!best || entry_major > *major || (entry_major == *major && entry_minor > *minor)) {
            free(best);
            best = ddc_format("%s/%s", folder, entry->d_name);
            *major = entry_major;
            *minor = entry_minor;
        }
    }
    closedir(directory);
    return best;
}

static void add_system_folder(const char *folder, ddc_strings *args, ddc_strings *header_roots)
{
    if (!ddc_is_directory(folder))
        return;
    ddc_strings_take(args, ddc_format("-isystem%s", folder));
    if (!ddc_strings_contains(header_roots, folder))
        ddc_strings_add(header_roots, folder);
}

/* wdf/<kind>/<version> below the version folder or beside it; defines the
 * framework's version macros.  `prefix` is "KMDF" or "UMDF". */
static void add_framework(const char *folder, const char *kind, const char *prefix, ddc_strings *args,
                          ddc_strings *header_roots)
{
    static const char *const places[] = {"%s/wdf/%s", "%s/../wdf/%s"};
    for (size_t i = 0; i < sizeof places / sizeof places[0]; i++) {
        char *versions = ddc_format(places[i], folder, kind);
        unsigned major = 0, minor = 0;
        char *found = highest_version(versions, &major, &minor);
        free(versions);
        if (!found)
            continue;
        char *absolute = realpath(found, NULL);
        add_system_folder(absolute ? absolute : found, args, header_roots);
        ddc_strings_take(args, ddc_format("-D%s_VERSION_MAJOR=%u", prefix, major));
        ddc_strings_take(args, ddc_format("-D%s_VERSION_MINOR=%u", prefix, minor));
        free(absolute);
        free(found);
        return;
    }
}

void ddc_wdk_include_args(const char *folder, bool user_mode, ddc_strings *args, ddc_strings *header_roots)
{
    static const char *const common[] = {"--target=x86_64-pc-windows-msvc", "-fms-compatibility", "-fms-extensions",
                                         "-D_AMD64_", "-DAMD64", "-D_WIN64"};
    for (size_t i = 0; i < sizeof common / sizeof common[0]; i++)
        ddc_strings_add(args, common[i]);
    static const char *const kernel_folders[] = {"km", "km/crt", "shared"};
    static const char *const user_folders[] = {"um", "shared", "ucrt"};
    const char *const *folders = user_mode ? user_folders : kernel_folders;
    if (!user_mode) {
        ddc_strings_add(args, "-ffreestanding");
        ddc_strings_add(args, "-D_KERNEL_MODE");
    }
    for (size_t i = 0; i < 3; i++) {
        char *path = ddc_format("%s/%s", folder, folders[i]);
        add_system_folder(path, args, header_roots);
        free(path);
    }
    if (user_mode)
        add_framework(folder, "umdf", "UMDF", args, header_roots);
    else
        add_framework(folder, "kmdf", "KMDF", args, header_roots);
}
