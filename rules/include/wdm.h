/*
 * wdm.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn); used only
 * when the real WDK is absent.  Includes the mingw-w64 wdm.h and then
 * declares documented DDIs and types that it lacks.
 */
#include_next <wdm.h>

#ifndef DDICHECK_OVERLAY_WDM_H
#define DDICHECK_OVERLAY_WDM_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Driver / device directories (Windows 10 1803+) ---- */
#ifndef DDICHECK_HAVE_DRIVER_DIRECTORY_TYPE
#define DDICHECK_HAVE_DRIVER_DIRECTORY_TYPE
typedef enum _DRIVER_DIRECTORY_TYPE {
    DriverDirectoryImage,
    DriverDirectoryData,
    DriverDirectorySharedData
} DRIVER_DIRECTORY_TYPE, *PDRIVER_DIRECTORY_TYPE;
#endif

NTKERNELAPI NTSTATUS NTAPI
IoGetDriverDirectory(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverDirectoryHandle);

#ifndef DDICHECK_HAVE_DEVICE_DIRECTORY_TYPE
#define DDICHECK_HAVE_DEVICE_DIRECTORY_TYPE
typedef enum _DEVICE_DIRECTORY_TYPE {
    DeviceDirectoryData
} DEVICE_DIRECTORY_TYPE, *PDEVICE_DIRECTORY_TYPE;
#endif

NTKERNELAPI NTSTATUS NTAPI
IoGetDeviceDirectory(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ DEVICE_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _In_ PVOID Reserved,
    _Out_ PHANDLE DeviceDirectoryHandle);


/* ---- Pool allocation with POOL_FLAGS (Windows 10 2004+) ---- */
#ifndef POOL_FLAG_REQUIRED_START
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_REQUIRED_START          0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA               0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED           0x0000000000000002ULL
#define POOL_FLAG_SESSION                 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED           0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE        0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED               0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE       0x0000000000000080ULL
#define POOL_FLAG_PAGED                   0x0000000000000100ULL
#define POOL_FLAG_REQUIRED_END            0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START          0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL            0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END            0x8000000000000000ULL
#endif

NTKERNELAPI PVOID NTAPI
ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

/* Documented inline wrappers in the WDK; declared here as functions. */
PVOID NTAPI
ExAllocatePoolZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

PVOID NTAPI
ExAllocatePoolUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

/* ---- Threaded DPCs ---- */
NTKERNELAPI VOID NTAPI
KeInitializeThreadedDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_WDM_H */
