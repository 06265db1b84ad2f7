/* KMDF methods that give an object its contexts (see wdf_objects.h). */
#include "wdf_objects.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"

#define DOC(header, page) "https://learn.microsoft.com/windows-hardware/drivers/ddi/" header "/nf-" header "-" page

/* Sorted by name.  Every row: the attributes parameter and the WDFxxx *
 * out parameter of the method's syntax block on its page. */
static const ddc_wdf_context_method methods[] = {
    {"WdfChildListCreate", 2, 3, true, DOC("wdfchildlist", "wdfchildlistcreate")},
    {"WdfCollectionCreate", 0, 1, true, DOC("wdfcollection", "wdfcollectioncreate")},
    {"WdfCommonBufferCreate", 2, 3, true, DOC("wdfcommonbuffer", "wdfcommonbuffercreate")},
    {"WdfCommonBufferCreateWithConfig", 3, 4, true, DOC("wdfcommonbuffer", "wdfcommonbuffercreatewithconfig")},
    {"WdfDeviceAllocAndQueryProperty", 3, 4, true, DOC("wdfdevice", "wdfdeviceallocandqueryproperty")},
    {"WdfDeviceAllocAndQueryPropertyEx", 3, 4, true, DOC("wdfdevice", "wdfdeviceallocandquerypropertyex")},
    {"WdfDeviceCreate", 1, 2, true, DOC("wdfdevice", "wdfdevicecreate")},
    {"WdfDeviceMiniportCreate", 1, 5, true, DOC("wdfminiport", "wdfdeviceminiportcreate")},
    {"WdfDeviceOpenDevicemapKey", 3, 4, true, DOC("wdfdevice", "wdfdeviceopendevicemapkey")},
    {"WdfDeviceOpenRegistryKey", 3, 4, true, DOC("wdfdevice", "wdfdeviceopenregistrykey")},
    {"WdfDmaEnablerCreate", 2, 3, true, DOC("wdfdmaenabler", "wdfdmaenablercreate")},
    {"WdfDmaTransactionCreate", 1, 2, true, DOC("wdfdmatransaction", "wdfdmatransactioncreate")},
    {"WdfDpcCreate", 1, 2, true, DOC("wdfdpc", "wdfdpccreate")},
    {"WdfDriverCreate", 2, 4, true, DOC("wdfdriver", "wdfdrivercreate")},
    {"WdfDriverOpenParametersRegistryKey", 2, 3, true, DOC("wdfdriver", "wdfdriveropenparametersregistrykey")},
    {"WdfFdoInitOpenRegistryKey", 3, 4, true, DOC("wdffdo", "wdffdoinitopenregistrykey")},
    {"WdfInterruptCreate", 2, 3, true, DOC("wdfinterrupt", "wdfinterruptcreate")},
    {"WdfIoQueueCreate", 2, 3, true, DOC("wdfio", "wdfioqueuecreate")},
    {"WdfIoResourceListCreate", 1, 2, true, DOC("wdfresource", "wdfioresourcelistcreate")},
    {"WdfIoTargetAllocAndQueryTargetProperty", 3, 4, true,
     DOC("wdfiotarget", "wdfiotargetallocandquerytargetproperty")},
    {"WdfIoTargetCreate", 1, 2, true, DOC("wdfiotarget", "wdfiotargetcreate")},
    {"WdfLookasideListCreate", 0, 5, true, DOC("wdfmemory", "wdflookasidelistcreate")},
    {"WdfMemoryCreate", 0, 4, true, DOC("wdfmemory", "wdfmemorycreate")},
    {"WdfMemoryCreatePreallocated", 0, 3, true, DOC("wdfmemory", "wdfmemorycreatepreallocated")},
    {"WdfObjectAllocateContext", 1, 0, false, DOC("wdfobject", "wdfobjectallocatecontext")},
    {"WdfObjectCreate", 0, 1, true, DOC("wdfobject", "wdfobjectcreate")},
    {"WdfRegistryCreateKey", 5, 6, true, DOC("wdfregistry", "wdfregistrycreatekey")},
    {"WdfRegistryOpenKey", 3, 4, true, DOC("wdfregistry", "wdfregistryopenkey")},
    {"WdfRegistryQueryMemory", 3, 4, true, DOC("wdfregistry", "wdfregistryquerymemory")},
    {"WdfRequestCreate", 0, 2, true, DOC("wdfrequest", "wdfrequestcreate")},
    {"WdfRequestCreateFromIrp", 0, 3, true, DOC("wdfrequest", "wdfrequestcreatefromirp")},
    {"WdfSpinLockCreate", 0, 1, true, DOC("wdfsync", "wdfspinlockcreate")},
    {"WdfStringCreate", 1, 2, true, DOC("wdfstring", "wdfstringcreate")},
    {"WdfTimerCreate", 1, 2, true, DOC("wdftimer", "wdftimercreate")},
    {"WdfUsbTargetDeviceAllocAndQueryString", 1, 2, true, DOC("wdfusb", "wdfusbtargetdeviceallocandquerystring")},
    {"WdfUsbTargetDeviceCreate", 1, 2, true, DOC("wdfusb", "wdfusbtargetdevicecreate")},
    {"WdfUsbTargetDeviceCreateIsochUrb", 1, 3, true, DOC("wdfusb", "wdfusbtargetdevicecreateisochurb")},
    {"WdfUsbTargetDeviceCreateUrb", 1, 2, true, DOC("wdfusb", "wdfusbtargetdevicecreateurb")},
    {"WdfUsbTargetDeviceCreateWithParameters", 2, 3, true,
     DOC("wdfusb", "wdfusbtargetdevicecreatewithparameters")},
    {"WdfWaitLockCreate", 0, 1, true, DOC("wdfsync", "wdfwaitlockcreate")},
    {"WdfWmiInstanceCreate", 2, 3, true, DOC("wdfwmi", "wdfwmiinstancecreate")},
    {"WdfWmiProviderCreate", 2, 3, true, DOC("wdfwmi", "wdfwmiprovidercreate")},
    {"WdfWorkItemCreate", 1, 2, true, DOC("wdfworkitem", "wdfworkitemcreate")},
};

static int compare_name(const void *key, const void *row)
{
    return strcmp(key, ((const ddc_wdf_context_method *)row)->name);
}

static const ddc_wdf_context_method *find(const char *name)
{
    return bsearch(name, methods, sizeof methods / sizeof methods[0], sizeof methods[0], compare_name);
}

const ddc_wdf_context_method *ddc_wdf_context_method_of(CXCursor call)
{
    char *callee = ddc_callee_name(call);
    const ddc_wdf_context_method *method = callee ? find(callee) : NULL;
    free(callee);
    return method;
}

const ddc_wdf_context_method *ddc_wdf_allocate_context(void) { return find("WdfObjectAllocateContext"); }
