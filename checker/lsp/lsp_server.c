/* The language server's messages: lifecycle, document sync, publishing
 * (see lsp_server.h). */
#include "lsp_server.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../core/util.h"
#include "lsp_analysis.h"
#include "lsp_transport.h"
#include "lsp_uri.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif

/* JSON-RPC and LSP error codes. */
enum {
    PARSE_ERROR = -32700,
    INVALID_REQUEST = -32600,
    METHOD_NOT_FOUND = -32601,
    INVALID_PARAMS = -32602,
    SERVER_NOT_INITIALIZED = -32002,
};

enum { SYNC_FULL = 1 };

typedef enum server_state { STATE_NEW, STATE_RUNNING, STATE_SHUT_DOWN } server_state;

typedef struct open_document {
    ddc_lsp_document document;
    int64_t version;
    bool has_version;
    bool dirty; /* changed (or saved) since it was last analysed */
} open_document;

typedef struct server {
    ddc_lsp_transport transport;
    ddc_lsp_analyser analyser;
    ddc_lsp_encoding encoding;
    server_state state;
    open_document *documents;
    size_t document_count;
    bool exit_received;
    bool output_closed;
} server;

static void send_message(server *s, json_object *message)
{
    if (!s->output_closed && ddc_lsp_transport_write(&s->transport, message))
        s->output_closed = true;
    json_object_put(message);
}

static json_object *new_message(void)
{
    json_object *message = json_object_new_object();
    json_object_object_add(message, "jsonrpc", json_object_new_string("2.0"));
    return message;
}

/* `id` is borrowed (NULL: JSON null); `result` is taken (NULL: JSON null). */
static void respond(server *s, json_object *id, json_object *result)
{
    json_object *message = new_message();
    json_object_object_add(message, "id", json_object_get(id));
    json_object_object_add(message, "result", result);
    send_message(s, message);
}

static void respond_error(server *s, json_object *id, int code, const char *text)
{
    json_object *message = new_message();
    json_object_object_add(message, "id", json_object_get(id));
    json_object *error = json_object_new_object();
    json_object_object_add(error, "code", json_object_new_int(code));
    json_object_object_add(error, "message", json_object_new_string(text));
    json_object_object_add(message, "error", error);
    send_message(s, message);
}

/* Member `name` of `object` when it has the type `type`, else NULL. */
static json_object *member(json_object *object, const char *name, json_type type)
{
    json_object *value = NULL;
    if (!object || !json_object_is_type(object, json_type_object) || !json_object_object_get_ex(object, name, &value))
        return NULL;
    return json_object_is_type(value, type) ? value : NULL;
}

static const char *string_member(json_object *object, const char *name)
{
    json_object *value = member(object, name, json_type_string);
    return value ? json_object_get_string(value) : NULL;
}

static void publish(server *s, const char *uri, const open_document *document, json_object *diagnostics)
{
    json_object *params = json_object_new_object();
    json_object_object_add(params, "uri", json_object_new_string(uri));
    if (document && document->has_version)
        json_object_object_add(params, "version", json_object_new_int64(document->version));
    json_object_object_add(params, "diagnostics", diagnostics);
    json_object *message = new_message();
    json_object_object_add(message, "method", json_object_new_string("textDocument/publishDiagnostics"));
    json_object_object_add(message, "params", params);
    send_message(s, message);
}

static open_document *find_document(server *s, const char *uri)
{
    for (size_t i = 0; i < s->document_count; i++)
        if (strcmp(s->documents[i].document.uri, uri) == 0)
            return &s->documents[i];
    return NULL;
}

static void free_document(open_document *document)
{
    free(document->document.uri);
    free(document->document.path);
    free(document->document.text);
}

static void set_text(open_document *document, const char *text, size_t length)
{
    free(document->document.text);
    document->document.text = ddc_xmalloc(length + 1);
    memcpy(document->document.text, text, length);
    document->document.text[length] = '\0';
    document->document.length = length;
    document->dirty = true;
}

static void set_version(open_document *document, json_object *text_document)
{
    json_object *version = member(text_document, "version", json_type_int);
    if (version) {
        document->version = json_object_get_int64(version);
        document->has_version = true;
    }
}

/* The document a notification names by params.textDocument.uri, or NULL
 * (reported) when it is not open. */
static open_document *named_document(server *s, const char *method, json_object *params)
{
    const char *uri = string_member(member(params, "textDocument", json_type_object), "uri");
    open_document *document = uri ? find_document(s, uri) : NULL;
    if (!document)
        fprintf(stderr, "ddicheck: lsp: %s: %s\n", method,
                uri ? "the document is not open (or not a file:// URI)" : "params.textDocument.uri is missing");
    return document;
}

static void did_open(server *s, json_object *params)
{
    json_object *text_document = member(params, "textDocument", json_type_object);
    const char *uri = string_member(text_document, "uri");
    json_object *text = member(text_document, "text", json_type_string);
    if (!uri || !text) {
        fprintf(stderr, "ddicheck: lsp: textDocument/didOpen: params.textDocument needs uri and text\n");
        return;
    }
    char *path = ddc_lsp_uri_to_path(uri);
    if (!path) {
        fprintf(stderr, "ddicheck: lsp: '%s' is not a local file:// URI; it is not analysed\n", uri);
        return;
    }
    open_document *document = find_document(s, uri);
    if (document) {
        free(path);
    } else {
        s->documents = ddc_xrealloc(s->documents, (s->document_count + 1) * sizeof *s->documents);
        document = &s->documents[s->document_count++];
        memset(document, 0, sizeof *document);
        document->document.uri = ddc_strdup(uri);
        document->document.path = path;
    }
    set_text(document, json_object_get_string(text), (size_t)json_object_get_string_len(text));
    set_version(document, text_document);
}

static void did_change(server *s, json_object *params)
{
    open_document *document = named_document(s, "textDocument/didChange", params);
    json_object *changes = member(params, "contentChanges", json_type_array);
    if (!document)
        return;
    if (!changes) {
        fprintf(stderr, "ddicheck: lsp: textDocument/didChange: params.contentChanges is missing\n");
        return;
    }
    /* Full sync: each change is the whole text; the last one counts. */
    size_t count = json_object_array_length(changes);
    json_object *last = count ? json_object_array_get_idx(changes, count - 1) : NULL;
    json_object *text = member(last, "text", json_type_string);
    if (!text || member(last, "range", json_type_object)) {
        fprintf(stderr, "ddicheck: lsp: textDocument/didChange: expected the whole text (the server asked for "
                        "full sync); the change is ignored\n");
        return;
    }
    set_text(document, json_object_get_string(text), (size_t)json_object_get_string_len(text));
    set_version(document, member(params, "textDocument", json_type_object));
}

static void did_save(server *s, json_object *params)
{
    open_document *document = named_document(s, "textDocument/didSave", params);
    if (!document)
        return;
    json_object *text = member(params, "text", json_type_string);
    if (text)
        set_text(document, json_object_get_string(text), (size_t)json_object_get_string_len(text));
    /* Saved: the compile command or a header may have changed with it. */
    document->dirty = true;
}

static void did_close(server *s, json_object *params)
{
    open_document *document = named_document(s, "textDocument/didClose", params);
    if (!document)
        return;
    publish(s, document->document.uri, NULL, json_object_new_array());
    free_document(document);
    size_t index = (size_t)(document - s->documents);
    memmove(document, document + 1, (s->document_count - index - 1) * sizeof *document);
    s->document_count--;
}

/* Picks UTF-8 positions when the client offers them, else UTF-16. */
static void choose_encoding(server *s, json_object *params)
{
    json_object *general = member(member(params, "capabilities", json_type_object), "general", json_type_object);
    json_object *offered = member(general, "positionEncodings", json_type_array);
    s->encoding = DDC_LSP_UTF16;
    for (size_t i = 0; offered && i < json_object_array_length(offered); i++) {
        json_object *item = json_object_array_get_idx(offered, i);
        if (json_object_is_type(item, json_type_string) && strcmp(json_object_get_string(item), "utf-8") == 0)
            s->encoding = DDC_LSP_UTF8;
    }
}

static json_object *initialize_result(const server *s)
{
    json_object *sync = json_object_new_object();
    json_object_object_add(sync, "openClose", json_object_new_boolean(true));
    json_object_object_add(sync, "change", json_object_new_int(SYNC_FULL));
    json_object *save = json_object_new_object();
    json_object_object_add(save, "includeText", json_object_new_boolean(false));
    json_object_object_add(sync, "save", save);
    json_object *capabilities = json_object_new_object();
    json_object_object_add(capabilities, "positionEncoding",
                           json_object_new_string(s->encoding == DDC_LSP_UTF8 ? "utf-8" : "utf-16"));
    json_object_object_add(capabilities, "textDocumentSync", sync);
    json_object *info = json_object_new_object();
    json_object_object_add(info, "name", json_object_new_string("ddicheck"));
    json_object_object_add(info, "version", json_object_new_string(DDC_VERSION));
    json_object *result = json_object_new_object();
    json_object_object_add(result, "capabilities", capabilities);
    json_object_object_add(result, "serverInfo", info);
    return result;
}

static void handle_request(server *s, json_object *id, const char *method, json_object *params)
{
    if (strcmp(method, "initialize") == 0) {
        if (s->state != STATE_NEW) {
            respond_error(s, id, INVALID_REQUEST, "initialize was already received");
            return;
        }
        if (params && !json_object_is_type(params, json_type_object)) {
            respond_error(s, id, INVALID_PARAMS, "initialize: params must be an object");
            return;
        }
        choose_encoding(s, params);
        s->state = STATE_RUNNING;
        respond(s, id, initialize_result(s));
    } else if (s->state == STATE_NEW) {
        respond_error(s, id, SERVER_NOT_INITIALIZED, "the server is not initialized yet");
    } else if (s->state == STATE_SHUT_DOWN) {
        respond_error(s, id, INVALID_REQUEST, "the server is shut down; only the exit notification is accepted");
    } else if (strcmp(method, "shutdown") == 0) {
        s->state = STATE_SHUT_DOWN;
        respond(s, id, NULL);
    } else {
        char *text = ddc_format("method not found: %s", method);
        respond_error(s, id, METHOD_NOT_FOUND, text);
        free(text);
    }
}

static void handle_notification(server *s, const char *method, json_object *params)
{
    if (strcmp(method, "exit") == 0) {
        s->exit_received = true;
    } else if (s->state != STATE_RUNNING) {
        /* Before initialize and after shutdown, notifications are dropped. */
    } else if (strcmp(method, "textDocument/didOpen") == 0) {
        did_open(s, params);
    } else if (strcmp(method, "textDocument/didChange") == 0) {
        did_change(s, params);
    } else if (strcmp(method, "textDocument/didSave") == 0) {
        did_save(s, params);
    } else if (strcmp(method, "textDocument/didClose") == 0) {
        did_close(s, params);
    } else if (strcmp(method, "initialized") != 0 && strncmp(method, "$/", 2) != 0) {
        fprintf(stderr, "ddicheck: lsp: ignoring the notification '%s'\n", method);
    }
}

static void handle_message(server *s, json_object *message)
{
    if (!json_object_is_type(message, json_type_object)) {
        fprintf(stderr, "ddicheck: lsp: a message is not a JSON object\n");
        respond_error(s, NULL, INVALID_REQUEST, "a message must be a JSON object");
        return;
    }
    json_object *id = NULL, *method = NULL, *params = NULL;
    bool has_id = json_object_object_get_ex(message, "id", &id);
    bool has_method = json_object_object_get_ex(message, "method", &method);
    json_object_object_get_ex(message, "params", &params);
    if (!has_method && has_id && (json_object_object_get_ex(message, "result", NULL) ||
                                  json_object_object_get_ex(message, "error", NULL)))
        return; /* a response; the server sends no requests, so there is nothing to match it to */
    bool id_valid = !has_id || json_object_is_type(id, json_type_int) || json_object_is_type(id, json_type_string);
    if (!has_method || !json_object_is_type(method, json_type_string) || !id_valid) {
        fprintf(stderr, "ddicheck: lsp: invalid request (it needs a string 'method' and an integer or string 'id')\n");
        respond_error(s, id_valid ? id : NULL, INVALID_REQUEST,
                      "invalid request: a string 'method' and an integer or string 'id' are required");
        return;
    }
    if (has_id)
        handle_request(s, id, json_object_get_string(method), params);
    else
        handle_notification(s, json_object_get_string(method), params);
}

/* Analyses the changed documents, one at a time, while no input waits. */
static void analyse_changed(server *s)
{
    for (size_t i = 0; i < s->document_count; i++) {
        if (s->state != STATE_RUNNING || ddc_lsp_transport_pending(&s->transport))
            return;
        open_document *document = &s->documents[i];
        if (!document->dirty)
            continue;
        document->dirty = false;
        json_object *diagnostics = ddc_lsp_analyse_document(&s->analyser, &document->document, s->encoding);
        publish(s, document->document.uri, document, diagnostics);
    }
}

int ddc_lsp_serve(const ddc_lsp_options *options)
{
    /* The protocol owns stdout: it moves to a private descriptor, and stdout
     * becomes stderr, so nothing printed elsewhere can corrupt a message. */
    int protocol_out = dup(STDOUT_FILENO);
    if (protocol_out < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        perror("ddicheck: lsp: cannot set up stdout");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN); /* a client gone away is a write error, not a signal */
    server s = {0};
    if (ddc_lsp_analyser_init(&s.analyser, options->enabled, options->checks, options->database_dir, options->extra,
                              options->extra_count)) {
        ddc_lsp_analyser_free(&s.analyser);
        close(protocol_out);
        return 2;
    }
    ddc_lsp_transport_init(&s.transport, STDIN_FILENO, protocol_out);
    fprintf(stderr, "ddicheck: lsp: ddicheck %s language server started\n", DDC_VERSION);
    while (!s.exit_received && !s.output_closed) {
        json_object *message = NULL;
        const char *error = NULL;
        ddc_lsp_read_result read = ddc_lsp_transport_read(&s.transport, &message, &error);
        if (read == DDC_LSP_END)
            break;
        if (read == DDC_LSP_BAD_HEADER) {
            fprintf(stderr, "ddicheck: lsp: malformed input: %s\n", error);
        } else if (read == DDC_LSP_PARSE_ERROR) {
            fprintf(stderr, "ddicheck: lsp: malformed message: %s\n", error);
            char *text = ddc_format("parse error: %s", error);
            respond_error(&s, NULL, PARSE_ERROR, text);
            free(text);
        } else {
            handle_message(&s, message);
            json_object_put(message);
        }
        if (!s.exit_received)
            analyse_changed(&s);
    }
    int status = s.state == STATE_SHUT_DOWN ? 0 : 1;
    if (!s.exit_received)
        fprintf(stderr, "ddicheck: lsp: the input ended without the exit notification\n");
    for (size_t i = 0; i < s.document_count; i++)
        free_document(&s.documents[i]);
    free(s.documents);
    ddc_lsp_transport_free(&s.transport);
    ddc_lsp_analyser_free(&s.analyser);
    close(protocol_out);
    return status;
}
