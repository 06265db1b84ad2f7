/* Pending items in round-robin order (see sweep_queue.h): two binary
 * min-heaps, this sweep's and the next one's. */
#include "sweep_queue.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static void heap_push(size_t *heap, size_t *count, size_t item)
{
    size_t at = (*count)++;
    while (at > 0) {
        size_t parent = (at - 1) / 2;
        if (heap[parent] <= item)
            break;
        heap[at] = heap[parent];
        at = parent;
    }
    heap[at] = item;
}

static size_t heap_pop(size_t *heap, size_t *count)
{
    size_t top = heap[0], last = heap[--*count], at = 0;
    for (;;) {
        size_t child = 2 * at + 1;
        if (child >= *count)
            break;
        if (child + 1 < *count && heap[child + 1] < heap[child])
            child++;
        if (last <= heap[child])
            break;
        heap[at] = heap[child];
        at = child;
    }
    if (*count)
        heap[at] = last;
    return top;
}

void ddc_sweep_queue_init(ddc_sweep_queue *queue, size_t count)
{
    memset(queue, 0, sizeof *queue);
    queue->count = count;
    queue->pending = ddc_xcalloc(count + 1, sizeof *queue->pending);
    /* An item is pending at most once, so in one heap at a time. */
    queue->current = ddc_xcalloc(count + 1, sizeof *queue->current);
    queue->next = ddc_xcalloc(count + 1, sizeof *queue->next);
}

void ddc_sweep_queue_mark(ddc_sweep_queue *queue, size_t item)
{
    if (queue->pending[item])
        return;
    queue->pending[item] = true;
    if (!queue->started || item > queue->position)
        heap_push(queue->current, &queue->current_count, item);
    else
        heap_push(queue->next, &queue->next_count, item);
}

bool ddc_sweep_queue_is_pending(const ddc_sweep_queue *queue, size_t item) { return queue->pending[item]; }

bool ddc_sweep_queue_take(ddc_sweep_queue *queue, size_t *item)
{
    if (queue->current_count == 0) { /* the sweep is over: start the next one */
        size_t *swap = queue->current;
        queue->current = queue->next;
        queue->current_count = queue->next_count;
        queue->next = swap;
        queue->next_count = 0;
        queue->started = false;
        if (queue->current_count == 0)
            return false;
    }
    *item = heap_pop(queue->current, &queue->current_count);
    queue->pending[*item] = false;
    queue->position = *item;
    queue->started = true;
    return true;
}

void ddc_sweep_queue_free(ddc_sweep_queue *queue)
{
    free(queue->pending);
    free(queue->current);
    free(queue->next);
    memset(queue, 0, sizeof *queue);
}
