/*
 * poclass.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "poclass.h
 * header", battery IOCTLs and structures); used only when the real WDK is
 * absent.  mingw-w64's ddk/poclass.h (found first on the include path) has
 * only the thermal and button parts; this shadow adds the battery class
 * interface that batclass.h and battery miniclass drivers use.
 */
#include_next <poclass.h>

#ifndef DDICHECK_OVERLAY_POCLASS_H
#define DDICHECK_OVERLAY_POCLASS_H

#if !defined(_POCLASS_)   /* the SDK's poclass.h was not included */

#ifdef __cplusplus
extern "C" {
#endif

#ifndef FILE_DEVICE_BATTERY
#define FILE_DEVICE_BATTERY 0x00000029
#endif

DEFINE_GUID(GUID_DEVICE_BATTERY, 0x72631e54, 0x78a4, 0x11d0, 0xbc, 0xf7, 0x00, 0xaa, 0x00, 0xb7, 0xb3, 0x2a);

#define BATTERY_UNKNOWN_CAPACITY    0xffffffff
#define UNKNOWN_CAPACITY            BATTERY_UNKNOWN_CAPACITY
#define BATTERY_UNKNOWN_TIME        0xffffffff
#define BATTERY_UNKNOWN_CURRENT     0xffffffff
#define UNKNOWN_CURRENT             BATTERY_UNKNOWN_CURRENT
#define BATTERY_UNKNOWN_VOLTAGE     0xffffffff
#define UNKNOWN_VOLTAGE             BATTERY_UNKNOWN_VOLTAGE
#define BATTERY_UNKNOWN_RATE        0x80000000
#define UNKNOWN_RATE                BATTERY_UNKNOWN_RATE
#define BATTERY_TAG_INVALID         0
#define MAX_BATTERY_STRING_SIZE     128

/* BATTERY_INFORMATION.Capabilities */
#define BATTERY_SET_CHARGE_SUPPORTED            0x00000001
#define BATTERY_SET_DISCHARGE_SUPPORTED         0x00000002
#define BATTERY_SET_CHARGINGSOURCE_SUPPORTED    0x00000004
#define BATTERY_SET_RESUME_SUPPORTED            0x00000004
#define BATTERY_SEALED                          0x10000000
#define BATTERY_IS_SHORT_TERM                   0x20000000
#define BATTERY_CAPACITY_RELATIVE               0x40000000
#define BATTERY_SYSTEM_BATTERY                  0x80000000

/* BATTERY_STATUS.PowerState */
#define BATTERY_POWER_ON_LINE   0x00000001
#define BATTERY_DISCHARGING     0x00000002
#define BATTERY_CHARGING        0x00000004
#define BATTERY_CRITICAL        0x00000008

#define IOCTL_BATTERY_QUERY_TAG \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x10, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_QUERY_INFORMATION \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x11, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_SET_INFORMATION \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x12, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_BATTERY_QUERY_STATUS \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x13, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_BATTERY_CHARGING_SOURCE_CHANGE \
    CTL_CODE(FILE_DEVICE_BATTERY, 0x14, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef enum {
    BatteryInformation,
    BatteryGranularityInformation,
    BatteryTemperature,
    BatteryEstimatedTime,
    BatteryDeviceName,
    BatteryManufactureDate,
    BatteryManufactureName,
    BatteryUniqueID,
    BatterySerialNumber,
    BatteryChargerId,
    BatteryChargingSource
} BATTERY_QUERY_INFORMATION_LEVEL;

typedef struct _BATTERY_QUERY_INFORMATION {
    ULONG BatteryTag;
    BATTERY_QUERY_INFORMATION_LEVEL InformationLevel;
    LONG AtRate;
} BATTERY_QUERY_INFORMATION, *PBATTERY_QUERY_INFORMATION;

typedef struct _BATTERY_INFORMATION {
    ULONG Capabilities;
    UCHAR Technology;
    UCHAR Reserved[3];
    UCHAR Chemistry[4];
    ULONG DesignedCapacity;
    ULONG FullChargedCapacity;
    ULONG DefaultAlert1;
    ULONG DefaultAlert2;
    ULONG CriticalBias;
    ULONG CycleCount;
} BATTERY_INFORMATION, *PBATTERY_INFORMATION;

typedef enum {
    BatteryCriticalBias,
    BatteryCharge,
    BatteryDischarge,
    BatteryChargingSourceChange
} BATTERY_SET_INFORMATION_LEVEL;

typedef enum _BATTERY_CHARGING_SOURCE_TYPE {
    BatteryChargingSourceType_AC = 1,
    BatteryChargingSourceType_USB,
    BatteryChargingSourceType_Wireless,
    BatteryChargingSourceType_Max
} BATTERY_CHARGING_SOURCE_TYPE, *PBATTERY_CHARGING_SOURCE_TYPE;

typedef struct _BATTERY_CHARGING_SOURCE {
    BATTERY_CHARGING_SOURCE_TYPE Type;
    ULONG MaxCurrent;
} BATTERY_CHARGING_SOURCE, *PBATTERY_CHARGING_SOURCE;

typedef struct _BATTERY_CHARGING_SOURCE_INFORMATION {
    BATTERY_CHARGING_SOURCE_TYPE Type;
    BOOLEAN SourceOnline;
} BATTERY_CHARGING_SOURCE_INFORMATION, *PBATTERY_CHARGING_SOURCE_INFORMATION;

typedef struct _BATTERY_SET_INFORMATION {
    ULONG BatteryTag;
    BATTERY_SET_INFORMATION_LEVEL InformationLevel;
    UCHAR Buffer[1];
} BATTERY_SET_INFORMATION, *PBATTERY_SET_INFORMATION;

typedef struct _BATTERY_WAIT_STATUS {
    ULONG BatteryTag;
    ULONG Timeout;
    ULONG PowerState;
    ULONG LowCapacity;
    ULONG HighCapacity;
} BATTERY_WAIT_STATUS, *PBATTERY_WAIT_STATUS;

typedef struct _BATTERY_STATUS {
    ULONG PowerState;
    ULONG Capacity;
    ULONG Voltage;
    LONG Rate;
} BATTERY_STATUS, *PBATTERY_STATUS;

typedef struct _BATTERY_MANUFACTURE_DATE {
    UCHAR Day;
    UCHAR Month;
    USHORT Year;
} BATTERY_MANUFACTURE_DATE, *PBATTERY_MANUFACTURE_DATE;

/* BATTERY_REPORTING_SCALE comes from wdm.h (ntpoapi). */

#ifdef __cplusplus
}
#endif

#endif /* !_POCLASS_ */
#endif /* DDICHECK_OVERLAY_POCLASS_H */
