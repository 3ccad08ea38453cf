package org.patnav.analytics.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LandscapeContextTest {

    /** The leaders of a ranking without a full sort: the same items, in the same order, as sorting all and keeping the head. */
    @Test
    void firstIsTheHeadOfTheSortedItemsTiesIncluded() {
        Random random = new Random(7);
        Comparator<int[]> order = Comparator.comparingInt((int[] a) -> a[0]).reversed().thenComparingInt(a -> a[1]);
        for (int round = 0; round < 200; round++) {
            List<int[]> items = new ArrayList<>();
            int n = random.nextInt(50);
            for (int i = 0; i < n; i++) {
                items.add(new int[] {random.nextInt(5), i});
            }
            int limit = random.nextInt(8);
            List<int[]> sorted = items.stream().sorted(order).limit(limit).toList();
            assertThat(LandscapeContext.first(items, order, limit)).containsExactlyElementsOf(sorted);
        }
        assertThat(LandscapeContext.first(List.of(3, 1, 2), Comparator.naturalOrder(), Integer.MAX_VALUE))
                .containsExactly(1, 2, 3);
    }
}
