/* The base protocol of the Language Server Protocol: JSON-RPC messages, each
 * framed by a header block ("Content-Length: N\r\n\r\n") and N bytes of JSON,
 * read from one file descriptor and written to another.
 *
 * Reading never gives up on bad input: a header block without a usable
 * Content-Length is reported and skipped, and a body that is not JSON is
 * handed back as a parse error for the server to answer. */
#ifndef DDC_LSP_TRANSPORT_H
#define DDC_LSP_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

typedef struct ddc_lsp_transport {
    int in;          /* read from (stdin) */
    int out;         /* written to (a copy of stdout) */
    char *buffer;    /* bytes read and not yet taken */
    size_t used;
    size_t capacity;
    bool at_end;     /* `in` reached end of file */
} ddc_lsp_transport;

/* What ddc_lsp_transport_read found. */
typedef enum ddc_lsp_read_result {
    DDC_LSP_MESSAGE,     /* *message is the parsed JSON (any JSON value) */
    DDC_LSP_PARSE_ERROR, /* a framed body that is not JSON; *error says why */
    DDC_LSP_BAD_HEADER,  /* a header block without a usable Content-Length; *error says why */
    DDC_LSP_END,         /* end of input (or a read error, reported on stderr) */
} ddc_lsp_read_result;

/* Starts a transport on the two descriptors (not closed by it). */
void ddc_lsp_transport_init(ddc_lsp_transport *transport, int in, int out);

/* Reads the next message, blocking until it is complete.  On
 * DDC_LSP_MESSAGE the caller owns *message (json_object_put); on the two
 * errors *error is a static description.  A body larger than 256 MiB is
 * refused as a bad header. */
ddc_lsp_read_result ddc_lsp_transport_read(ddc_lsp_transport *transport, json_object **message,
                                           const char **error);

/* True when input is waiting: bytes already read, or the descriptor is
 * readable now (polled without waiting).  The server analyses only when
 * nothing is pending, so a burst of edits is analysed once. */
bool ddc_lsp_transport_pending(ddc_lsp_transport *transport);

/* Writes `message` with its header.  Returns 0, or -1 when the output is
 * closed or fails (reported on stderr). */
int ddc_lsp_transport_write(ddc_lsp_transport *transport, json_object *message);

/* Frees the buffer (the descriptors stay open). */
void ddc_lsp_transport_free(ddc_lsp_transport *transport);

#endif
