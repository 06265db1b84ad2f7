/*
 * ntifs.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "ntifs.h
 * header"); used only when the real WDK is absent.  Includes the mingw-w64
 * ntifs.h and then declares documented types that it lacks.
 *
 * mingw-w64's FSRTL_ADVANCED_FCB_HEADER predates the Oplock member; its
 * definition is renamed away while mingw's header is read and the documented
 * (version 2+) layout is declared afterwards.
 */
#ifndef DDICHECK_OVERLAY_NTIFS_PRE
#define DDICHECK_OVERLAY_NTIFS_PRE
#define _FSRTL_ADVANCED_FCB_HEADER _DDICHECK_MINGW_FSRTL_ADVANCED_FCB_HEADER
#define FSRTL_ADVANCED_FCB_HEADER DDICHECK_MINGW_FSRTL_ADVANCED_FCB_HEADER
#define PFSRTL_ADVANCED_FCB_HEADER PDDICHECK_MINGW_FSRTL_ADVANCED_FCB_HEADER
#define DDICHECK_RENAMED_FSRTL_ADVANCED_FCB_HEADER 1
#endif

#include_next <ntifs.h>

#ifndef DDICHECK_OVERLAY_NTIFS_H
#define DDICHECK_OVERLAY_NTIFS_H

#ifdef DDICHECK_RENAMED_FSRTL_ADVANCED_FCB_HEADER
#undef _FSRTL_ADVANCED_FCB_HEADER
#undef FSRTL_ADVANCED_FCB_HEADER
#undef PFSRTL_ADVANCED_FCB_HEADER
#endif

#include <ntddk.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- FSRTL_ADVANCED_FCB_HEADER, FSRTL_FCB_HEADER_V2 and later ---- */
#ifndef FSRTL_FCB_HEADER_V2
#define FSRTL_FCB_HEADER_V2 (0x02)
#endif
#ifndef FSRTL_FCB_HEADER_V3
#define FSRTL_FCB_HEADER_V3 (0x03)
#endif
#ifndef FSRTL_FCB_HEADER_V4
#define FSRTL_FCB_HEADER_V4 (0x04)
#endif

#ifdef __cplusplus
typedef struct _FSRTL_ADVANCED_FCB_HEADER : FSRTL_COMMON_FCB_HEADER {
#else
typedef struct _FSRTL_ADVANCED_FCB_HEADER {
    FSRTL_COMMON_FCB_HEADER_LAYOUT
#endif
    PFAST_MUTEX FastMutex;
    LIST_ENTRY FilterContexts;
    EX_PUSH_LOCK PushLock;
    PVOID *FileContextSupportPointer;
    union {
        OPLOCK Oplock;
        PVOID ReservedForRemote;
    };
    PVOID ReservedContext;
} FSRTL_ADVANCED_FCB_HEADER, *PFSRTL_ADVANCED_FCB_HEADER;

NTKERNELAPI VOID NTAPI
FsRtlSetupAdvancedHeaderEx2(
    _In_ PVOID AdvHdr,
    _In_ PFAST_MUTEX FMutex,
    _In_opt_ PVOID *FileContextSupportPointer,
    _In_ USHORT AdvHdrFlags);

/* ---- 128-bit file IDs (ReFS) ---- */
#ifndef DDICHECK_HAVE_FILE_ID_128
#define DDICHECK_HAVE_FILE_ID_128
#if !defined(_WINNT_)
typedef struct _FILE_ID_128 {
    UCHAR Identifier[16];
} FILE_ID_128, *PFILE_ID_128;
#endif

typedef struct _FILE_ID_INFORMATION {
    ULONGLONG VolumeSerialNumber;
    FILE_ID_128 FileId;
} FILE_ID_INFORMATION, *PFILE_ID_INFORMATION;

typedef struct _FILE_ID_EXTD_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    ULONG ReparsePointTag;
    FILE_ID_128 FileId;
    WCHAR FileName[1];
} FILE_ID_EXTD_DIR_INFORMATION, *PFILE_ID_EXTD_DIR_INFORMATION;

typedef struct _FILE_ID_EXTD_BOTH_DIR_INFORMATION {
    ULONG NextEntryOffset;
    ULONG FileIndex;
    LARGE_INTEGER CreationTime;
    LARGE_INTEGER LastAccessTime;
    LARGE_INTEGER LastWriteTime;
    LARGE_INTEGER ChangeTime;
    LARGE_INTEGER EndOfFile;
    LARGE_INTEGER AllocationSize;
    ULONG FileAttributes;
    ULONG FileNameLength;
    ULONG EaSize;
    ULONG ReparsePointTag;
    FILE_ID_128 FileId;
    CCHAR ShortNameLength;
    WCHAR ShortName[12];
    WCHAR FileName[1];
} FILE_ID_EXTD_BOTH_DIR_INFORMATION, *PFILE_ID_EXTD_BOTH_DIR_INFORMATION;
#endif

/* ---- FileDispositionInformationEx (Windows 10 1709+) ---- */
#ifndef FILE_DISPOSITION_DO_NOT_DELETE
#define FILE_DISPOSITION_DO_NOT_DELETE              0x00000000
#define FILE_DISPOSITION_DELETE                     0x00000001
#define FILE_DISPOSITION_POSIX_SEMANTICS            0x00000002
#define FILE_DISPOSITION_FORCE_IMAGE_SECTION_CHECK  0x00000004
#define FILE_DISPOSITION_ON_CLOSE                   0x00000008
#define FILE_DISPOSITION_IGNORE_READONLY_ATTRIBUTE  0x00000010
#endif
#ifndef DDICHECK_HAVE_FILE_DISPOSITION_INFORMATION_EX
#define DDICHECK_HAVE_FILE_DISPOSITION_INFORMATION_EX
typedef struct _FILE_DISPOSITION_INFORMATION_EX {
    ULONG Flags;
} FILE_DISPOSITION_INFORMATION_EX, *PFILE_DISPOSITION_INFORMATION_EX;
#endif

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_NTIFS_H */
