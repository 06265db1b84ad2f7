/* The dataflow solver (see flow.h): a round-robin fixpoint over the blocks
 * of a control-flow graph (in the order of sweeps over the blocks, at the
 * cost of the blocks visited: sweep_queue.h), then one reporting walk. */
#include "flow.h"

#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "sweep_queue.h"
#include "util.h"

/* How often one block may be visited before the solver stops; a monotone
 * analysis converges long before (the bound guards against one that is not). */
enum { MAX_VISITS_PER_BLOCK = 64 };

struct flow_walk {
    const flow_analysis *analysis;
    void *user;
    bool reporting;
    const ddc_cfg *cfg;
    unsigned char *states; /* per block: the entry state's blob, `stride` bytes apart (aligned) */
    bool *live;            /* per block: has a path reached it? */
    size_t stride;
    unsigned char *scratch, *scratch_zero; /* two working states */
    unsigned char *before_join;            /* an entry state as it was before a join */
    ddc_sweep_queue pending; /* blocks whose entry state changed since their last visit */
    unsigned *visits;
};

void *flow_user(const flow_walk *walk) { return walk->user; }
bool flow_reporting(const flow_walk *walk) { return walk->reporting; }

static unsigned char *in_state(flow_walk *w, size_t block) { return w->states + block * w->stride; }

/* The alignment every state blob gets, as malloc would give it. */
enum { STATE_ALIGNMENT = 16 };

/* Joins the live state `from` (a blob) into the entry state of `block`;
 * marks the block pending when its state changed. */
static void flow_into(flow_walk *w, unsigned block, const unsigned char *from)
{
    unsigned char *into = in_state(w, block);
    size_t size = w->analysis->state_size;
    if (!w->live[block]) {
        w->live[block] = true;
        memcpy(into, from, size);
        ddc_sweep_queue_mark(&w->pending, block);
        return;
    }
    unsigned char *before = w->before_join;
    memcpy(before, into, size);
    w->analysis->join(into, from, w);
    if (memcmp(before, into, size) != 0)
        ddc_sweep_queue_mark(&w->pending, block);
}

/* Runs a block's elements over `st` (a copy of its entry state). */
static void run_elements(flow_walk *w, const ddc_cfg_block *block, unsigned char *st)
{
    const flow_analysis *a = w->analysis;
    for (size_t i = 0; i < block->element_count; i++) {
        const ddc_cfg_element *e = &block->elements[i];
        switch (e->kind) {
        case DDC_CFG_EXPRESSION:
            if (a->on_expression)
                a->on_expression(st, e->cursor, w);
            break;
        case DDC_CFG_VARIABLE:
            if (a->on_variable)
                a->on_variable(st, e->cursor, w);
            break;
        case DDC_CFG_BEFORE_TEST:
            if (a->before_test)
                a->before_test(st, e->cursor, w);
            break;
        case DDC_CFG_RETURN:
            if (a->on_return)
                a->on_return(st, e->cursor, w);
            break;
        }
    }
}

/* Visits one block: its elements, then hands the result to its successors. */
static void visit(flow_walk *w, unsigned index)
{
    const ddc_cfg_block *block = &w->cfg->blocks[index];
    size_t size = w->analysis->state_size;
    unsigned char *st = w->scratch;
    memcpy(st, in_state(w, index), size);
    run_elements(w, block, st);
    if (block->ends_in_test && block->successor_count == 2) {
        unsigned char *when_zero = w->scratch_zero;
        memcpy(when_zero, st, size);
        if (w->analysis->on_test)
            w->analysis->on_test(st, when_zero, block->tested, w);
        if (!w->reporting) {
            flow_into(w, block->successors[0], st);
            flow_into(w, block->successors[1], when_zero);
        }
        return;
    }
    if (!w->reporting)
        for (size_t i = 0; i < block->successor_count; i++)
            flow_into(w, block->successors[i], st);
}

static void solve(flow_walk *w)
{
    size_t i;
    while (ddc_sweep_queue_take(&w->pending, &i)) {
        if (w->visits[i] >= MAX_VISITS_PER_BLOCK)
            continue;
        w->visits[i]++;
        visit(w, (unsigned)i);
    }
}

void flow_walk_function(const ddc_cfg *cfg, const flow_analysis *analysis, const void *initial_state, void *user)
{
    size_t size = analysis->state_size;
    flow_walk w = {
        .analysis = analysis,
        .user = user,
        .cfg = cfg,
        .stride = (size + STATE_ALIGNMENT - 1) / STATE_ALIGNMENT * STATE_ALIGNMENT,
        .live = ddc_xcalloc(cfg->block_count, sizeof(bool)),
        .scratch = ddc_xcalloc(1, size ? size : 1),
        .scratch_zero = ddc_xcalloc(1, size ? size : 1),
        .before_join = ddc_xcalloc(1, size ? size : 1),
        .visits = ddc_xcalloc(cfg->block_count, sizeof(unsigned)),
    };
    w.states = ddc_xcalloc(cfg->block_count, w.stride ? w.stride : 1);
    w.live[cfg->entry] = true;
    memcpy(in_state(&w, cfg->entry), initial_state, size);
    ddc_sweep_queue_init(&w.pending, cfg->block_count);
    ddc_sweep_queue_mark(&w.pending, cfg->entry);
    solve(&w);
    w.reporting = true;
    for (unsigned i = 0; i < cfg->block_count; i++)
        if (w.live[i] && i != cfg->exit)
            visit(&w, i);
    if (w.live[cfg->exit] && analysis->on_exit) {
        memcpy(w.scratch, in_state(&w, cfg->exit), size);
        analysis->on_exit(w.scratch, &w);
    }
    free(w.states);
    free(w.live);
    free(w.scratch);
    free(w.scratch_zero);
    free(w.before_join);
    ddc_sweep_queue_free(&w.pending);
    free(w.visits);
}
