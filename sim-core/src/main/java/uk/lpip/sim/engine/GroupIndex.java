package uk.lpip.sim.engine;

import java.util.Arrays;

/**
 * Items listed by the group they belong to (persons by employer, persons by household), each
 * group's items in item order: a counting sort, rebuilt in parallel.
 *
 * <p>Items are split into blocks (one per thread, none under 65,536 items); each block counts its
 * items per group, a group's range then holds block 0's items, then block 1's, and so on, and each
 * block places its own in item order. So every group's list is in item order — the same index
 * whatever the number of blocks, and so at any thread count.
 */
public final class GroupIndex {
    /** The group of an item, or -1 if it belongs to none. */
    @FunctionalInterface
    public interface GroupOf {
        int of(int item);
    }

    private static final int MIN_BLOCK = 1 << 16;

    private int[] start = new int[1];
    private int[] items = new int[0];
    /**
     * Per block of items but the last: its items per group, then where it places its next item of
     * each group. The last block counts and places in {@link #start} itself, which the placing leaves
     * at each group's end, shifted back by one group afterwards: on one thread no array besides the index.
     */
    private int[][] blockNext = new int[0][];

    /** Rebuilds the index of items {@code [0, itemCount)} over groups {@code [0, groups)}. */
    public void rebuild(int itemCount, int groups, GroupOf groupOf, ParallelChunks parallel) {
        if (start.length < groups + 1) {
            start = new int[groups + 1 + (groups >> 3)];
        }
        int blocks = Math.max(1, Math.min(parallel.threads(), itemCount / MIN_BLOCK));
        int blockSize = Math.max(1, ParallelChunks.chunkCount(itemCount, blocks));
        int used = ParallelChunks.chunkCount(itemCount, blockSize);
        if (used == 0) {
            Arrays.fill(start, 0, groups + 1, 0);
            return;
        }
        int last = used - 1;
        if (blockNext.length < last || (last > 0 && blockNext[0].length < groups)) {
            blockNext = new int[last][groups + (groups >> 3) + 16];
        }
        int[] lastCursor = start;
        parallel.forEachChunk(itemCount, blockSize, (block, from, to) -> {
            int[] counts = block == last ? lastCursor : blockNext[block];
            Arrays.fill(counts, 0, groups, 0);
            for (int i = from; i < to; i++) {
                int g = groupOf.of(i);
                if (g >= 0) {
                    counts[g]++;
                }
            }
        });
        int running = 0;
        for (int g = 0; g < groups; g++) {
            for (int b = 0; b < last; b++) {
                int c = blockNext[b][g];
                blockNext[b][g] = running;
                running += c;
            }
            int c = start[g];
            start[g] = running;
            running += c;
        }
        if (items.length < running) {
            items = new int[running + (running >> 6) + 16];   // a 64th spare: groups' items change little month to month
        }
        parallel.forEachChunk(itemCount, blockSize, (block, from, to) -> {
            int[] next = block == last ? lastCursor : blockNext[block];
            for (int i = from; i < to; i++) {
                int g = groupOf.of(i);
                if (g >= 0) {
                    items[next[g]++] = i;
                }
            }
        });
        // The last block's cursors now stand at each group's end, which is the next group's start.
        System.arraycopy(start, 0, start, 1, groups);
        start[0] = 0;
    }

    /** Index of a group's first item (for {@link #item}). */
    public int start(int group) {
        return start[group];
    }

    /** Index just past a group's last item. */
    public int end(int group) {
        return start[group + 1];
    }

    /** The {@code index}-th item of the index, in group order. */
    public int item(int index) {
        return items[index];
    }
}
