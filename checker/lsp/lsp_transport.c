/* Content-Length framing over file descriptors (see lsp_transport.h). */
#include "lsp_transport.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../core/util.h"

enum { READ_CHUNK = 65536, MAX_BODY = 256 << 20, MAX_DEPTH = 128 };

void ddc_lsp_transport_init(ddc_lsp_transport *transport, int in, int out)
{
    memset(transport, 0, sizeof *transport);
    transport->in = in;
    transport->out = out;
}

/* Reads what is available into the buffer (blocking for at least one byte).
 * Returns false at end of input. */
static bool fill(ddc_lsp_transport *transport)
{
    if (transport->at_end)
        return false;
    if (transport->capacity - transport->used < READ_CHUNK) {
        transport->capacity = transport->used + READ_CHUNK * 2;
        transport->buffer = ddc_xrealloc(transport->buffer, transport->capacity);
    }
    for (;;) {
        ssize_t got = read(transport->in, transport->buffer + transport->used, transport->capacity - transport->used);
        if (got > 0) {
            transport->used += (size_t)got;
            return true;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            fprintf(stderr, "ddicheck: lsp: cannot read the input: %s\n", strerror(errno));
        transport->at_end = true;
        return false;
    }
}

static void consume(ddc_lsp_transport *transport, size_t count)
{
    if (count == 0)
        return; /* the buffer may not be allocated yet (memmove wants a pointer even for 0 bytes) */
    memmove(transport->buffer, transport->buffer + count, transport->used - count);
    transport->used -= count;
}

/* The length of the header block at the start of the buffer, up to and
 * including the empty line that ends it, or 0 when it is not complete. */
static size_t header_length(const ddc_lsp_transport *transport)
{
    const char *text = transport->buffer;
    for (size_t i = 0; i < transport->used; i++) {
        if (text[i] != '\n')
            continue;
        size_t next = i + 1;
        if (next < transport->used && text[next] == '\r')
            next++;
        if (next < transport->used && text[next] == '\n')
            return next + 1;
    }
    return 0;
}

/* Finds "Content-Length: N" among the header lines.  Returns false when
 * there is none or it is not a number. */
static bool content_length(const char *headers, size_t length, size_t *value)
{
    static const char name[] = "Content-Length:";
    size_t start = 0;
    while (start < length) {
        size_t end = start;
        while (end < length && headers[end] != '\n')
            end++;
        if (end - start > sizeof name - 1 && strncasecmp(headers + start, name, sizeof name - 1) == 0) {
            const char *digits = headers + start + sizeof name - 1;
            while (*digits == ' ' || *digits == '\t')
                digits++;
            char *after = NULL;
            errno = 0;
            unsigned long long parsed = strtoull(digits, &after, 10);
            while (after && (*after == ' ' || *after == '\t' || *after == '\r'))
                after++;
            if (after == digits || errno || !after || *after != '\n' || digits[0] == '-')
                return false;
            *value = (size_t)parsed;
            return parsed <= MAX_BODY;
        }
        start = end + 1;
    }
    return false;
}

ddc_lsp_read_result ddc_lsp_transport_read(ddc_lsp_transport *transport, json_object **message,
                                           const char **error)
{
    *message = NULL;
    *error = NULL;
    size_t headers;
    for (;;) {
        /* Blank lines between messages are not a header block. */
        size_t blank = 0;
        while (blank < transport->used && (transport->buffer[blank] == '\r' || transport->buffer[blank] == '\n'))
            blank++;
        consume(transport, blank);
        if ((headers = header_length(transport)) > 0)
            break;
        if (!fill(transport)) {
            if (transport->used)
                fprintf(stderr, "ddicheck: lsp: the input ended inside a message header\n");
            return DDC_LSP_END;
        }
    }
    size_t body_length = 0;
    if (!content_length(transport->buffer, headers, &body_length)) {
        consume(transport, headers);
        *error = "a header block without a valid Content-Length (at most 256 MiB) was skipped";
        return DDC_LSP_BAD_HEADER;
    }
    consume(transport, headers);
    while (transport->used < body_length)
        if (!fill(transport)) {
            fprintf(stderr, "ddicheck: lsp: the input ended inside a message body (%zu of %zu bytes)\n",
                    transport->used, body_length);
            return DDC_LSP_END;
        }
    json_tokener *tokener = json_tokener_new_ex(MAX_DEPTH);
    json_tokener_set_flags(tokener, JSON_TOKENER_STRICT);
    json_object *parsed = body_length ? json_tokener_parse_ex(tokener, transport->buffer, (int)body_length) : NULL;
    enum json_tokener_error status = body_length ? json_tokener_get_error(tokener) : json_tokener_continue;
    if (status == json_tokener_success && json_tokener_get_parse_end(tokener) < body_length) {
        /* Anything but white space after the value is an error. */
        for (size_t i = json_tokener_get_parse_end(tokener); i < body_length; i++)
            if (!strchr(" \t\r\n", transport->buffer[i]))
                status = json_tokener_error_parse_unexpected;
    }
    json_tokener_free(tokener);
    consume(transport, body_length);
    if (status != json_tokener_success) {
        json_object_put(parsed);
        *error = status == json_tokener_continue ? "the message body is not complete JSON"
                                                 : json_tokener_error_desc(status);
        return DDC_LSP_PARSE_ERROR;
    }
    *message = parsed;
    return DDC_LSP_MESSAGE;
}

bool ddc_lsp_transport_pending(ddc_lsp_transport *transport)
{
    for (size_t i = 0; i < transport->used; i++)
        if (transport->buffer[i] != '\r' && transport->buffer[i] != '\n')
            return true;
    if (transport->at_end)
        return false;
    struct pollfd input = {.fd = transport->in, .events = POLLIN};
    return poll(&input, 1, 0) > 0 && (input.revents & (POLLIN | POLLHUP));
}

static int write_all(int fd, const char *data, size_t length)
{
    while (length > 0) {
        ssize_t written = write(fd, data, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return -1;
        data += written;
        length -= (size_t)written;
    }
    return 0;
}

int ddc_lsp_transport_write(ddc_lsp_transport *transport, json_object *message)
{
    size_t length = 0;
    const char *body =
        json_object_to_json_string_length(message, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE, &length);
    if (!body) {
        fprintf(stderr, "ddicheck: lsp: cannot serialise a message\n");
        return -1;
    }
    char header[64];
    int header_length = snprintf(header, sizeof header, "Content-Length: %zu\r\n\r\n", length);
    if (write_all(transport->out, header, (size_t)header_length) || write_all(transport->out, body, length)) {
        fprintf(stderr, "ddicheck: lsp: cannot write to the client: %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

void ddc_lsp_transport_free(ddc_lsp_transport *transport)
{
    free(transport->buffer);
    memset(transport, 0, sizeof *transport);
}
