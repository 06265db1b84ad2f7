/* The order of a round-robin fixpoint, without its cost.
 *
 * A solver that sweeps items 0..n-1 again and again, processing the pending
 * ones, until a sweep finds none, takes n steps per sweep even when one item
 * is pending: a chain of 20,000 blocks or functions ordered against the flow
 * takes 20,000 sweeps, 400 million steps.  This queue hands out the pending
 * items in exactly the order those sweeps would (in a sweep, increasing
 * index; an item that becomes pending behind the position waits for the
 * next sweep), so a solver that uses it computes exactly what it did, at the
 * cost of the items it processes. */
#ifndef DDC_SWEEP_QUEUE_H
#define DDC_SWEEP_QUEUE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ddc_sweep_queue {
    size_t count;     /* items 0..count-1 */
    bool *pending;    /* per item */
    size_t *current;  /* a min-heap: the pending items of this sweep */
    size_t current_count;
    size_t *next;     /* a min-heap: the pending items of the next sweep */
    size_t next_count;
    size_t position;  /* the item last handed out in this sweep */
    bool started;     /* position is valid */
} ddc_sweep_queue;

/* A queue of `count` items, none pending.  Free it with ddc_sweep_queue_free. */
void ddc_sweep_queue_init(ddc_sweep_queue *queue, size_t count);

/* Makes `item` pending (nothing when it is). */
void ddc_sweep_queue_mark(ddc_sweep_queue *queue, size_t item);

/* True when `item` is pending. */
bool ddc_sweep_queue_is_pending(const ddc_sweep_queue *queue, size_t item);

/* Takes the next pending item, in sweep order, into *item (it is then not
 * pending).  Returns false when none is left. */
bool ddc_sweep_queue_take(ddc_sweep_queue *queue, size_t *item);

/* Releases the queue's arrays (the struct itself is the caller's). */
void ddc_sweep_queue_free(ddc_sweep_queue *queue);

#endif
