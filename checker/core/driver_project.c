/* Finding the driver project a source file belongs to. */
#include "driver_project.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

/* Does the project file say the driver is a UMDF (user-mode) driver? */
static bool is_umdf_project(const char *path)
{
    FILE *file = fopen(path, "r");
    if (!file)
        return false;
    bool umdf = false;
    char line[512];
    while (!umdf && fgets(line, sizeof line, file))
        umdf = strstr(line, "<DriverType>UMDF</DriverType>") != NULL;
    fclose(file);
    return umdf;
}

/* Counts the *.vcxproj files in `folder` and how many build UMDF drivers. */
static void count_projects(const char *folder, unsigned *projects, unsigned *umdf)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return;
    for (struct dirent *entry; (entry = readdir(dir));) {
        if (!ddc_ends_with_nocase(entry->d_name, ".vcxproj"))
            continue;
        char *path = ddc_format("%s/%s", folder, entry->d_name);
        (*projects)++;
        *umdf += is_umdf_project(path);
        free(path);
    }
    closedir(dir);
}

/* Does `folder` hold a driver project: a *.vcxproj, a WDK `sources` file, or
 * a solution (*.sln) whose projects sit in subfolders and share the sources
 * beside it?  Sets *umdf when every project there (or, without one, in the
 * subfolders) builds a UMDF driver. */
static bool is_project_folder(const char *folder, bool *umdf)
{
    DIR *dir = opendir(folder);
    if (!dir)
        return false;
    bool found = false, solution = false;
    unsigned projects = 0, umdf_projects = 0;
    for (struct dirent *entry; (entry = readdir(dir));) {
        found |= strcasecmp(entry->d_name, "sources") == 0;
        solution |= ddc_ends_with_nocase(entry->d_name, ".sln");
    }
    closedir(dir);
    count_projects(folder, &projects, &umdf_projects);
    if (projects == 0 && solution) {
        dir = opendir(folder);
        for (struct dirent *entry; dir && (entry = readdir(dir));) {
            if (entry->d_name[0] == '.')
                continue;
            char *sub = ddc_format("%s/%s", folder, entry->d_name);
            if (ddc_is_directory(sub))
                count_projects(sub, &projects, &umdf_projects);
            free(sub);
        }
        if (dir)
            closedir(dir);
    }
    *umdf |= projects > 0 && umdf_projects == projects;
    return found || solution || projects > 0;
}

enum { MAX_PROJECT_DEPTH = 8 };

ddc_driver_project ddc_driver_project_of(const char *folder)
{
    ddc_driver_project project = {0};
    char *current = ddc_strdup(folder);
    for (int depth = 0; depth < MAX_PROJECT_DEPTH && strcmp(current, "/") != 0 && strcmp(current, ".") != 0;
         depth++) {
        if (is_project_folder(current, &project.umdf)) {
            project.folder = current;
            return project;
        }
        char *parent = ddc_dirname(current);
        free(current);
        current = parent;
    }
    free(current);
    project.folder = ddc_strdup("");
    return project;
}

void ddc_driver_project_free(ddc_driver_project *project)
{
    free(project->folder);
    project->folder = NULL;
}
