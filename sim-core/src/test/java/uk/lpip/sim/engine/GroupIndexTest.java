package uk.lpip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parallel counting sort lists every group's items in item order, leaves out items of no group,
 * and gives the same index at any thread count and for any number of groups, empty ones included.
 */
class GroupIndexTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 8})
    void eachGroupListsItsItemsInOrder(int threads) {
        Random random = new Random(31 + threads);
        GroupIndex index = new GroupIndex();
        try (ParallelChunks parallel = new ParallelChunks(threads)) {
            for (int[] shape : new int[][] {{250_000, 90_000}, {140_000, 7}, {1_000, 400}, {0, 5}}) {
                int items = shape[0];
                int groups = shape[1];
                int[] group = new int[items];
                for (int i = 0; i < items; i++) {
                    group[i] = random.nextInt(10) == 0 ? -1 : random.nextInt(groups);   // a tenth in no group
                }
                index.rebuild(items, groups, i -> group[i], parallel);
                // The plain index: one pass in item order, appending each item to its group's list.
                List<List<Integer>> expected = new ArrayList<>();
                for (int g = 0; g < groups; g++) {
                    expected.add(new ArrayList<>());
                }
                for (int i = 0; i < items; i++) {
                    if (group[i] >= 0) {
                        expected.get(group[i]).add(i);
                    }
                }
                int listed = 0;
                for (int g = 0; g < groups; g++) {
                    List<Integer> got = new ArrayList<>();
                    for (int k = index.start(g); k < index.end(g); k++) {
                        got.add(index.item(k));
                    }
                    if (!expected.get(g).equals(got)) {
                        assertEquals(expected.get(g), got, "group " + g + " of " + groups);
                    }
                    listed += got.size();
                }
                assertEquals(Arrays.stream(group).filter(g -> g >= 0).count(), listed, items + " items");
            }
        }
    }
}
