package org.patnav.samples;

import java.util.List;

/**
 * SplitMix64, written out rather than taken from {@link java.util.SplittableRandom} so that a seed
 * gives the same world on every JDK. Each application draws from its own streams, keyed by the
 * seed, the application's index and a stream number, so one application can be rebuilt without
 * the others, and drawing more in one stream (say, longer texts) never shifts another (its dates).
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    private Rng(long state) {
        this.state = state;
    }

    static Rng of(long seed, long index, int stream) {
        return new Rng(mix(mix(seed ^ mix(index + GOLDEN)) + stream * GOLDEN));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) Math.floorMod(nextLong() >>> 1, (long) bound);
    }

    /** Uniform in [from, to], both included. */
    int between(int from, int to) {
        return from + nextInt(to - from + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[nextInt(items.length)];
    }

    /** An index drawn with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
