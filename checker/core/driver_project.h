/* The driver project a source file belongs to: the unit within which
 * whole-program facts are joined, so that the same-named functions of two
 * drivers in one tree never meet.
 *
 * A project is the nearest folder above the file (up to 8 levels) with a
 * *.vcxproj, a WDK `sources` file, or a solution (*.sln) whose projects sit
 * in subfolders and share the sources beside it. */
#ifndef DDC_DRIVER_PROJECT_H
#define DDC_DRIVER_PROJECT_H

#include <stdbool.h>

typedef struct ddc_driver_project {
    char *folder; /* the project folder, or "" when none was found (owned) */
    bool umdf;    /* every project file there builds a UMDF (user-mode) driver:
                     <DriverType>UMDF</DriverType> */
} ddc_driver_project;

/* The project of the sources in `folder` (an absolute path is best). */
ddc_driver_project ddc_driver_project_of(const char *folder);

void ddc_driver_project_free(ddc_driver_project *project);

#endif
