/*
 * netiodef.h - ddicheck overlay header (mingw-w64 has no netiodef.h).
 *
 * Written for ddicheck from the documented network I/O definitions
 * (Microsoft Learn); used only when the real Windows Driver Kit is absent.
 * Link-layer and IP header layouts used by NDIS and WFP drivers.
 */
#ifndef DDICHECK_NETIODEF_H
#define DDICHECK_NETIODEF_H

#include <ws2def.h>
#include <inaddr.h>
#include <in6addr.h>

#ifdef __cplusplus
extern "C" {
#endif

#pragma pack(push, 1)

typedef union _DL_OUI {
    UINT8 Byte[3];
    struct {
        UINT8 Group : 1;
        UINT8 Local : 1;
    };
} DL_OUI, *PDL_OUI;

typedef union _DL_EI48 {
    UINT8 Byte[3];
} DL_EI48, *PDL_EI48;

typedef union _DL_EUI48 {
    UINT8 Byte[6];
    struct {
        DL_OUI Oui;
        DL_EI48 Ei48;
    };
} DL_EUI48, *PDL_EUI48;

#define ETHERNET_TYPE_MINIMUM 0x0600
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#define ETHERNET_TYPE_802_1AD 0x88a8

typedef struct _ETHERNET_HEADER {
    DL_EUI48 Destination;
    DL_EUI48 Source;
    union {
        USHORT Type;
        USHORT Length;
    };
} ETHERNET_HEADER, *PETHERNET_HEADER;

typedef struct _VLAN_TAG {
    union {
        USHORT Tag;
        struct {
            USHORT VID : 12;
            USHORT CFI : 1;
            USHORT User_Priority : 3;
        };
    };
    USHORT Type;
} VLAN_TAG, *PVLAN_TAG;

typedef struct _IPV4_HEADER {
    union {
        UINT8 VersionAndHeaderLength;
        struct {
            UINT8 HeaderLength : 4;
            UINT8 Version : 4;
        };
    };
    union {
        UINT8 TypeOfServiceAndEcnField;
        struct {
            UINT8 EcnField : 2;
            UINT8 TypeOfService : 6;
        };
    };
    USHORT TotalLength;
    USHORT Identification;
    union {
        USHORT FlagsAndOffset;
        struct {
            USHORT DontUse1 : 5;
            USHORT MoreFragments : 1;
            USHORT DontFragment : 1;
            USHORT Reserved : 1;
            USHORT DontUse2 : 8;
        };
    };
    UINT8 TimeToLive;
    UINT8 Protocol;
    USHORT HeaderChecksum;
    IN_ADDR SourceAddress;
    IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;

typedef struct _IPV6_HEADER {
    UINT32 VersionClassFlow;
    USHORT PayloadLength;
    UINT8 NextHeader;
    UINT8 HopLimit;
    IN6_ADDR SourceAddress;
    IN6_ADDR DestinationAddress;
} IPV6_HEADER, *PIPV6_HEADER;

typedef struct _ICMP_HEADER {
    UINT8 Type;
    UINT8 Code;
    USHORT Checksum;
} ICMP_HEADER, *PICMP_HEADER;

typedef ICMP_HEADER ICMPV4_HEADER, *PICMPV4_HEADER;
typedef ICMP_HEADER ICMPV6_HEADER, *PICMPV6_HEADER;

typedef struct _ARP_HEADER {
    USHORT HardwareAddressSpace;
    USHORT ProtocolAddressSpace;
    UINT8 HardwareAddressLength;
    UINT8 ProtocolAddressLength;
    USHORT Opcode;
    UINT8 SenderHardwareAddress[1];
} ARP_HEADER, *PARP_HEADER;

#pragma pack(pop)

#define IPV4_VERSION 4
#define IPV6_VERSION 6
#define IP_VER_MASK 0xF0
#define IPV4_MINIMUM_MTU 576
#define IPV6_MINIMUM_MTU 1280

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NETIODEF_H */
