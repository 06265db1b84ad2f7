/* Driver object extension keys (see extension_key.h): the facts of one
 * translation unit. */
#include "extension_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "extension_key_parts.h"
#include "flow.h"

/* The low 32 bits of STATUS_OBJECT_NAME_COLLISION (ntstatus.h). */
#define OBJECT_NAME_COLLISION 0xC0000035ull

/* ---- the facts of one unit ---- */

void ddc_key_value_free(ddc_key_value *value)
{
    free(value->id);
    free(value->root);
    free(value->name);
    free(value->declared.file);
}

/* A variable definition, tentative ones included (`ULONG Key;` at file
 * scope), which libclang does not count as definitions. */
static bool is_variable_definition(CXCursor variable)
{
    if (clang_getCursorKind(variable) != CXCursor_VarDecl)
        return false;
    if (clang_isCursorDefinition(variable))
        return true;
    return clang_Cursor_getStorageClass(variable) != CX_SC_Extern &&
           clang_getCursorKind(clang_getCursorSemanticParent(variable)) == CXCursor_TranslationUnit;
}

/* The value to keep of `key`; `parameter` is its index for PARAMETER. */
static ddc_key_value keep_value(const ddc_unit_context *context, const ddc_key *key, int parameter)
{
    ddc_key_value value = {.kind = key->kind, .number = key->value};
    CXCursor declaration = key->declaration;
    if (!clang_Cursor_isNull(declaration)) {
        value.name = ddc_spelling(declaration);
        value.declared = ddc_location_from_clang(clang_getCursorLocation(declaration));
    }
    switch (key->kind) {
    case DDC_KEY_UNIQUE:
        value.root = ddc_program_key(context, declaration);
        if (!value.root) {
            ddc_key_value_free(&value);
            return (ddc_key_value){.kind = DDC_KEY_UNKNOWN};
        }
        value.id = key->offset >= 0 ? ddc_format("%s+%lld", value.root, key->offset)
                                    : ddc_format("%s%s", value.root, key->path);
        value.defined = !clang_Cursor_isNull(clang_getCursorDefinition(declaration)) ||
                        is_variable_definition(declaration);
        break;
    case DDC_KEY_GLOBAL_POINTER:
        value.id = ddc_program_key(context, declaration);
        if (!value.id) {
            ddc_key_value_free(&value);
            return (ddc_key_value){.kind = DDC_KEY_UNKNOWN};
        }
        break;
    case DDC_KEY_DRIVER_OBJECT:
        value.id = ddc_program_key_of_usr(context, "driver object");
        break;
    case DDC_KEY_PARAMETER:
        value.number = parameter;
        break;
    case DDC_KEY_STACK_VARIABLE:
        value.is_parameter = clang_getCursorKind(declaration) == CXCursor_ParmDecl;
        break;
    default:
        break;
    }
    return value;
}

/* What the walk of one function gathers. */
typedef struct function_walk {
    const ddc_unit_context *context;
    ddc_key_facts *facts;
    CXCursor function;   /* a null cursor for file-scope initialisers */
    char *id, *name;
    unsigned parameter_count;
    uint64_t written, tested; /* bit i: parameter i */
    bool handles_collision;
    CXCursor *calls;
    size_t call_count;
    /* The callee reference of the direct call visited last, until the walk
     * meets it: the walk visits a call's callee right after the call
     * (nothing but parentheses and conversions are between them). */
    CXCursor pending_callee;
    CXCursor *sites;   /* the recorded calls, by site number */
    size_t site_count;
    size_t first;      /* facts->calls index of the first recorded call */
} function_walk;

/* Cursors of one expression reached by two walks (clang_equalCursors also
 * compares the parent declaration, which the walks may set differently). */
static bool same_expression(CXCursor a, CXCursor b)
{
    return clang_getCursorKind(a) == clang_getCursorKind(b) &&
           clang_equalRanges(clang_getCursorExtent(a), clang_getCursorExtent(b));
}

/* Room for one more item in a growing array (capacity doubles). */
void *ddc_key_reserve(void *items, size_t count, size_t *capacity, size_t size)
{
    if (count < *capacity)
        return items;
    *capacity = *capacity ? *capacity * 2 : 16;
    return ddc_xrealloc(items, *capacity * size);
}

static void push_cursor(CXCursor **items, size_t *count, CXCursor cursor)
{
    *items = ddc_xrealloc(*items, (*count + 1) * sizeof **items);
    (*items)[(*count)++] = cursor;
}

static int parameter_index(const function_walk *walk, CXCursor declaration)
{
    for (unsigned i = 0; i < walk->parameter_count && i < MAX_PARAMETERS; i++)
        if (ddc_same_declaration(clang_Cursor_getArgument(walk->function, i), declaration))
            return (int)i;
    return -1;
}

static bool is_static_pointer_variable(CXCursor declaration)
{
    return clang_getCursorKind(declaration) == CXCursor_VarDecl && !ddc_is_stack_variable(declaration) &&
           clang_getCanonicalType(clang_getCursorType(declaration)).kind == CXType_Pointer;
}

/* `target` is assigned, incremented or has its address taken. */
static void note_write(function_walk *walk, CXCursor target)
{
    target = ddc_strip_parens(target);
    if (clang_getCursorKind(target) != CXCursor_DeclRefExpr)
        return;
    CXCursor declaration = clang_getCursorReferenced(target);
    if (clang_getCursorKind(declaration) == CXCursor_ParmDecl) {
        int index = parameter_index(walk, declaration);
        if (index >= 0)
            walk->written |= 1ull << index;
    } else if (is_static_pointer_variable(declaration)) {
        char *id = ddc_program_key(walk->context, declaration);
        if (id)
            ddc_strings_take(&walk->facts->written, id);
    }
}

static void record_global(const ddc_unit_context *context, ddc_key_facts *facts, CXCursor variable);

static enum CXChildVisitResult scan_body(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    function_walk *walk = data;
    switch (clang_getCursorKind(cursor)) {
    case CXCursor_CallExpr: {
        push_cursor(&walk->calls, &walk->call_count, cursor);
        CXCursor callee = ddc_strip_parens(ddc_child(cursor, 0));
        walk->pending_callee = clang_getCursorKind(callee) == CXCursor_DeclRefExpr ? callee : clang_getNullCursor();
        break;
    }
    case CXCursor_BinaryOperator:
    case CXCursor_CompoundAssignOperator: {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(cursor);
        if (op >= CXBinaryOperator_Assign && op <= CXBinaryOperator_OrAssign)
            note_write(walk, ddc_child(cursor, 0));
        break;
    }
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(cursor);
        if (op == CXUnaryOperator_AddrOf || (op >= CXUnaryOperator_PostInc && op <= CXUnaryOperator_PreDec))
            note_write(walk, ddc_child(cursor, 0));
        break;
    }
    case CXCursor_DeclRefExpr: {
        CXCursor declaration = clang_getCursorReferenced(cursor);
        if (clang_getCursorKind(declaration) != CXCursor_FunctionDecl)
            break;
        if (!clang_Cursor_isNull(walk->pending_callee) && same_expression(walk->pending_callee, cursor)) {
            walk->pending_callee = clang_getNullCursor(); /* called, not taken as an address */
            return CXChildVisit_Recurse;
        }
        char *id = ddc_program_key(walk->context, declaration);
        if (id)
            ddc_strings_take(&walk->facts->address_taken, id); /* a callback: called from elsewhere */
        break;
    }
    case CXCursor_IntegerLiteral: {
        long long value;
        if (ddc_integer_value(cursor, &value) && ((unsigned long long)value & 0xFFFFFFFFull) == OBJECT_NAME_COLLISION)
            walk->handles_collision = true;
        break;
    }
    case CXCursor_VarDecl:
        if (is_static_pointer_variable(cursor))
            record_global(walk->context, walk->facts, cursor); /* a static local */
        break;
    default:
        break;
    }
    return CXChildVisit_Recurse;
}

static bool is_key_ddi(const ddc_ddi_contract *contract)
{
    return contract && contract->key_arg != DDC_NO_ARG;
}

/* Records argument `index` of `call`; `always` keeps it even when it says
 * nothing (the key of a DDI call). */
static void record_argument(function_walk *walk, ddc_key_call *call, CXCursor call_cursor, unsigned index,
                            bool always)
{
    if (index >= (unsigned)clang_Cursor_getNumArguments(call_cursor))
        return;
    CXCursor argument = clang_Cursor_getArgument(call_cursor, index);
    ddc_key key = ddc_classify_key(argument);
    int parameter = -1;
    if (key.kind == DDC_KEY_PARAMETER) {
        CXType type = clang_getCanonicalType(clang_getCursorType(key.declaration));
        bool scalar = type.kind == CXType_Pointer || (type.kind >= CXType_Bool && type.kind <= CXType_LongLong);
        parameter = parameter_index(walk, key.declaration);
        if (!scalar || parameter < 0 || (walk->written & (1ull << parameter)))
            key.kind = DDC_KEY_UNKNOWN; /* the function changes it: not passed on unchanged */
    }
    long long integer = 0;
    bool has_integer = ddc_integer_value(argument, &integer);
    if (!always && key.kind == DDC_KEY_UNKNOWN && !has_integer)
        return;
    call->args = ddc_xrealloc(call->args, (call->arg_count + 1) * sizeof *call->args);
    call->args[call->arg_count++] = (ddc_key_arg){
        .index = index,
        .value = keep_value(walk->context, &key, parameter),
        .has_integer = has_integer,
        .integer = integer,
        .text = ddc_source_text(walk->context->unit, argument),
        .where = ddc_location_from_clang(clang_getCursorLocation(argument)),
    };
}

/* Records `cursor` when it calls a key DDI or one of the driver's own
 * functions (a possible wrapper). */
static void record_call(function_walk *walk, CXCursor cursor)
{
    const ddc_unit_context *context = walk->context;
    const ddc_ddi_contract *contract = ddc_call_contract(context, cursor);
    bool ddi = is_key_ddi(contract);
    CXCursor callee = clang_getCursorReferenced(cursor);
    char *callee_id = NULL, *callee_name = NULL;
    if (ddi) {
        callee_name = ddc_call_display_name(context, cursor);
    } else {
        if (clang_getCursorKind(callee) != CXCursor_FunctionDecl ||
            clang_Location_isInSystemHeader(clang_getCursorLocation(callee)))
            return;
        callee_name = ddc_spelling(callee);
        callee_id = ddc_program_key(context, callee);
        if (!callee_id || ddc_contracts_find_ddi(context->contracts, callee_name)) {
            free(callee_id);
            free(callee_name);
            return;
        }
    }
    ddc_key_call call = {
        .project = ddc_strdup(context->project ? context->project : ""),
        .caller = ddc_strdup(walk->id),
        .caller_name = ddc_strdup(walk->name),
        .callee = callee_id,
        .callee_name = callee_name,
        .ddi = ddi,
        .key_arg = ddi ? (unsigned)contract->key_arg : 0,
        .size_arg = ddi ? contract->size_arg : DDC_NO_ARG,
        .allocates = ddi && contract->key_allocates,
        .site = (unsigned)walk->site_count,
        .where = ddc_location_from_clang(clang_getCursorLocation(cursor)),
    };
    if (ddi) {
        record_argument(walk, &call, cursor, (unsigned)contract->key_arg, true);
        if (contract->key_allocates && contract->size_arg != DDC_NO_ARG)
            record_argument(walk, &call, cursor, (unsigned)contract->size_arg, false);
    } else {
        unsigned count = (unsigned)clang_Cursor_getNumArguments(cursor);
        for (unsigned i = 0; i < count; i++)
            record_argument(walk, &call, cursor, i, false);
    }
    ddc_key_facts *facts = walk->facts;
    facts->calls = ddc_key_reserve(facts->calls, facts->call_count, &facts->call_capacity, sizeof *facts->calls);
    facts->calls[facts->call_count++] = call;
    push_cursor(&walk->sites, &walk->site_count, cursor);
}

/* The order of the recorded calls: the state is the set of sites passed, as
 * bytes (the solver keeps states unaligned). */
typedef struct order_state {
    unsigned char passed[DDC_KEY_MAX_SITES / 8];
} order_state;

static void order_join(void *into, const void *other, flow_walk *flow)
{
    (void)flow;
    order_state *a = into;
    const order_state *b = other;
    for (size_t i = 0; i < sizeof a->passed; i++)
        a->passed[i] |= b->passed[i];
}

static void order_expression(void *state, CXCursor expression, flow_walk *flow)
{
    if (clang_getCursorKind(expression) != CXCursor_CallExpr)
        return;
    function_walk *walk = flow_user(flow);
    order_state *passed = state;
    for (size_t site = 0; site < walk->site_count && site < DDC_KEY_MAX_SITES; site++) {
        if (!same_expression(walk->sites[site], expression))
            continue;
        if (flow_reporting(flow)) {
            ddc_key_call *call = &walk->facts->calls[walk->first + site];
            call->reached = true;
            for (size_t bit = 0; bit < DDC_KEY_MAX_SITES; bit++)
                if ((passed->passed[bit / 8] >> (bit % 8)) & 1)
                    call->before[bit / 64] |= 1ull << (bit % 64);
        }
        passed->passed[site / 8] |= (unsigned char)(1u << (site % 8));
        return;
    }
}

static enum CXChildVisitResult scan_test(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    function_walk *walk = data;
    enum CXCursorKind kind = clang_getCursorKind(cursor);
    if (kind == CXCursor_CallExpr && is_key_ddi(ddc_call_contract(walk->context, cursor)))
        return CXChildVisit_Continue; /* `if (!NT_SUCCESS(IoAllocate...(d, Key, ...)))` tests the status */
    if (kind == CXCursor_DeclRefExpr) {
        int index = parameter_index(walk, clang_getCursorReferenced(cursor));
        if (index >= 0)
            walk->tested |= 1ull << index;
    }
    return CXChildVisit_Recurse;
}

static void order_before_test(void *state, CXCursor tested, flow_walk *flow)
{
    (void)state;
    function_walk *walk = flow_user(flow);
    if (scan_test(tested, clang_getNullCursor(), walk) == CXChildVisit_Recurse)
        clang_visitChildren(tested, scan_test, walk);
}

/* Collects one function definition. */
static void collect_function(const ddc_unit_context *context, ddc_key_facts *facts, CXCursor function)
{
    char *id = ddc_program_key(context, function);
    if (!id)
        return;
    int parameters = clang_Cursor_getNumArguments(function);
    function_walk walk = {
        .context = context,
        .facts = facts,
        .function = function,
        .id = id,
        .name = ddc_spelling(function),
        .parameter_count = parameters > 0 ? (unsigned)parameters : 0,
        .first = facts->call_count,
        .pending_callee = clang_getNullCursor(),
    };
    CXCursor body = ddc_function_body(function);
    if (!clang_Cursor_isNull(body))
        clang_visitChildren(body, scan_body, &walk);
    for (size_t i = 0; i < walk.call_count; i++)
        record_call(&walk, walk.calls[i]);
    bool forwards = false;
    for (size_t i = walk.first; i < facts->call_count; i++) {
        facts->calls[i].handles_collision = walk.handles_collision;
        for (size_t a = 0; a < facts->calls[i].arg_count; a++)
            forwards |= facts->calls[i].args[a].value.kind == DDC_KEY_PARAMETER;
    }
    if (walk.site_count > 1 || forwards) {
        static const flow_analysis order = {
            .state_size = sizeof(order_state),
            .join = order_join,
            .on_expression = order_expression,
            .before_test = order_before_test,
        };
        order_state start = {0};
        flow_walk_function(ddc_cfg_cache_get(context->graphs, context->unit, function), &order, &start, &walk);
    } else if (walk.site_count == 1) {
        facts->calls[walk.first].reached = true;
    }
    for (size_t i = walk.first; i < facts->call_count; i++)
        for (size_t a = 0; a < facts->calls[i].arg_count; a++) {
            ddc_key_arg *arg = &facts->calls[i].args[a];
            if (arg->value.kind == DDC_KEY_PARAMETER)
                arg->tested = (walk.tested >> arg->value.number) & 1;
        }
    free(walk.calls);
    free(walk.sites);
    free(walk.name);
    free(id);
}

/* Records a global or static pointer variable with an initialiser that says
 * something. */
static void record_global(const ddc_unit_context *context, ddc_key_facts *facts, CXCursor variable)
{
    CXCursor initializer = clang_Cursor_getVarDeclInitializer(variable);
    if (clang_Cursor_isNull(initializer) || ddc_key_is_driver_object_pointer(clang_getCursorType(variable)))
        return;
    ddc_key key = ddc_classify_key(initializer);
    if (key.kind == DDC_KEY_UNKNOWN || key.kind == DDC_KEY_PARAMETER)
        return;
    char *id = ddc_program_key(context, variable);
    if (!id)
        return;
    ddc_location where = ddc_location_from_clang(clang_getCursorLocation(variable));
    for (size_t i = 0; i < facts->global_count; i++)
        if (strcmp(facts->globals[i].id, id) == 0 && strcmp(facts->globals[i].where.file, where.file) == 0 &&
            facts->globals[i].where.line == where.line) {
            free(id); /* a header's variable, seen again from another unit */
            free(where.file);
            return;
        }
    facts->globals = ddc_xrealloc(facts->globals, (facts->global_count + 1) * sizeof *facts->globals);
    facts->globals[facts->global_count++] = (ddc_key_global){
        .id = id,
        .name = ddc_spelling(variable),
        .value = keep_value(context, &key, -1),
        .text = ddc_source_text(context->unit, initializer),
        .constant = clang_isConstQualifiedType(clang_getCursorType(variable)),
        .internal = clang_Cursor_getStorageClass(variable) == CX_SC_Static,
        .where = where,
    };
}

typedef struct ddi_probe {
    const ddc_unit_context *context;
    bool found;
} ddi_probe;

static enum CXChildVisitResult find_key_ddi(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    if (clang_getCursorKind(cursor) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    ddi_probe *probe = data;
    char *name = ddc_callee_name(cursor);
    probe->found = name && is_key_ddi(ddc_contracts_find_ddi(probe->context->contracts, name));
    free(name);
    return probe->found ? CXChildVisit_Break : CXChildVisit_Recurse;
}

/* A function defined in a header (a static inline wrapper) is collected
 * once for all units, and only when it calls a key DDI. */
static void collect_header_function(const ddc_unit_context *context, ddc_key_facts *facts, CXCursor function)
{
    ddi_probe probe = {.context = context};
    CXCursor body = ddc_function_body(function);
    if (clang_Cursor_isNull(body))
        return;
    clang_visitChildren(body, find_key_ddi, &probe);
    if (!probe.found)
        return;
    char *id = ddc_program_key(context, function);
    if (!id)
        return;
    for (size_t i = 0; i < facts->header_function_count; i++)
        if (strcmp(facts->header_functions[i].id, id) == 0) {
            free(id);
            return;
        }
    size_t index = facts->header_function_count++;
    facts->header_functions =
        ddc_xrealloc(facts->header_functions, facts->header_function_count * sizeof *facts->header_functions);
    ddc_key_header_function *header = &facts->header_functions[index];
    *header = (ddc_key_header_function){
        .id = id,
        .calls = {facts->call_count},
        .globals = {facts->global_count},
        .written = {facts->written.count},
        .address_taken = {facts->address_taken.count},
    };
    collect_function(context, facts, function);
    header = &facts->header_functions[index];
    header->calls[1] = facts->call_count;
    header->globals[1] = facts->global_count;
    header->written[1] = facts->written.count;
    header->address_taken[1] = facts->address_taken.count;
}

static enum CXChildVisitResult collect_top_level(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    function_walk *unit = data;
    const ddc_unit_context *context = unit->context;
    enum CXCursorKind kind = clang_getCursorKind(cursor);
    if (kind != CXCursor_FunctionDecl && kind != CXCursor_VarDecl)
        return CXChildVisit_Continue;
    CXSourceLocation location = clang_getCursorLocation(cursor);
    if (clang_Location_isInSystemHeader(location))
        return CXChildVisit_Continue;
    bool own = ddc_is_own_code(location);
    if (kind == CXCursor_VarDecl) {
        if (own && is_variable_definition(cursor)) {
            char *id = ddc_program_key(context, cursor);
            if (id)
                ddc_strings_take(&unit->facts->defined, id);
        }
        if (is_static_pointer_variable(cursor))
            record_global(context, unit->facts, cursor);
        CXCursor initializer = clang_Cursor_getVarDeclInitializer(cursor);
        if (own && !clang_Cursor_isNull(initializer)) /* `PVOID *Alias = &Key;`, dispatch tables */
            clang_visitChildren(cursor, scan_body, unit);
        return CXChildVisit_Continue;
    }
    if (!clang_isCursorDefinition(cursor))
        return CXChildVisit_Continue;
    if (!own) {
        collect_header_function(context, unit->facts, cursor);
        return CXChildVisit_Continue;
    }
    char *id = ddc_program_key(context, cursor);
    if (id)
        ddc_strings_take(&unit->facts->defined, id);
    collect_function(context, unit->facts, cursor);
    return CXChildVisit_Continue;
}

void ddc_key_facts_collect(const ddc_unit_context *context, const char *check_id)
{
    ddc_program_facts *program = context->program;
    if (!program->keys) {
        program->keys = ddc_xcalloc(1, sizeof *program->keys);
        program->keys->collector = check_id;
    }
    ddc_key_facts *facts = program->keys;
    if (strcmp(facts->collector, check_id) != 0)
        return;
    if (context->has_parse_errors)
        ddc_strings_add(&facts->incomplete, context->project ? context->project : "");
    function_walk unit = {.context = context, .facts = facts, .function = clang_getNullCursor(),
                          .pending_callee = clang_getNullCursor()};
    clang_visitChildren(clang_getTranslationUnitCursor(context->unit), collect_top_level, &unit);
    free(unit.calls);
}

