/* A control-flow graph of one function body, built from libclang's AST
 * (libclang has none of its own).
 *
 * The graph is made of basic blocks.  A block is a list of elements, the
 * events an analysis sees in evaluation order (an expression after its
 * operands, a variable after its initializer, a return), and ends either in
 * a jump to any number of successors or in a two-way test.  Short-circuit
 * operators (&&, ||, ?:, !) become branches; goto, break, continue, __leave,
 * loops, switch and __try/__except become edges.  A condition that is an
 * integer constant (`while (TRUE)`, `do { } while (0)`) has only the edge it
 * takes. */
#ifndef DDC_CFG_H
#define DDC_CFG_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

typedef enum ddc_cfg_element_kind {
    DDC_CFG_EXPRESSION,  /* an expression, after its operands were evaluated */
    DDC_CFG_VARIABLE,    /* a local variable declaration, after its initializer */
    DDC_CFG_BEFORE_TEST, /* a value about to be tested by the block's test */
    DDC_CFG_RETURN,      /* a return statement, after its value */
} ddc_cfg_element_kind;

typedef struct ddc_cfg_element {
    ddc_cfg_element_kind kind;
    CXCursor cursor;
} ddc_cfg_element;

typedef struct ddc_cfg_block {
    ddc_cfg_element *elements;
    size_t element_count;
    /* A block that ends in a test has exactly two successors: successors[0]
     * is taken when `tested` is non-zero (non-NULL), successors[1] when it is
     * zero. */
    bool ends_in_test;
    CXCursor tested;
    unsigned *successors;
    size_t successor_count;
} ddc_cfg_block;

typedef struct ddc_cfg {
    ddc_cfg_block *blocks; /* in source order, roughly: a forward walk converges fast */
    size_t block_count;
    unsigned entry; /* the block where the body starts */
    unsigned exit;  /* the block every return and the end of the body lead to; it has no elements */
} ddc_cfg;

/* Builds the graph of the body of `function` (a function definition
 * cursor).  A function without a body gets an entry block that leads to the
 * exit.  Free it with ddc_cfg_free. */
void ddc_cfg_build(ddc_cfg *cfg, CXTranslationUnit unit, CXCursor function);

void ddc_cfg_free(ddc_cfg *cfg);

/* The graphs of one translation unit's functions, each built once however
 * many analyses walk it. */
typedef struct ddc_cfg_cache {
    CXCursor *functions;
    ddc_cfg **graphs;
    size_t count;
    size_t *slots;      /* a hash table of index + 1 (0: empty), by clang_hashCursor */
    size_t slot_count;  /* a power of two, at least twice count */
} ddc_cfg_cache;

/* The graph of `function` (a definition in `unit`), built on first use.  It
 * belongs to the cache and lives until ddc_cfg_cache_free. */
const ddc_cfg *ddc_cfg_cache_get(ddc_cfg_cache *cache, CXTranslationUnit unit, CXCursor function);

void ddc_cfg_cache_free(ddc_cfg_cache *cache);

#endif
