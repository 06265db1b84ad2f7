/* A driver whose I/O callback (request.c) attaches a request context through
 * a helper in context.c, with attributes that never got a type. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _REQUEST_CONTEXT {
    WDFMEMORY Buffer;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

/* context.c */
NTSTATUS SampleAttachContext(WDFREQUEST Request, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context);
