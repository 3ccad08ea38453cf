package org.patnav.normalize;

import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of normalising one source value: a value, nothing (the source left it empty), or
 * invalid with the reason. Readers turn {@code Invalid} into a reject row, never into a silent null.
 */
public sealed interface Parsed<T> {

    record Value<T>(T value) implements Parsed<T> {
    }

    record Missing<T>() implements Parsed<T> {
    }

    record Invalid<T>(String reason) implements Parsed<T> {
    }

    static <T> Parsed<T> value(T value) {
        return new Value<>(value);
    }

    static <T> Parsed<T> missing() {
        return new Missing<>();
    }

    static <T> Parsed<T> invalid(String reason) {
        return new Invalid<>(reason);
    }

    default Optional<T> toOptional() {
        return this instanceof Value<T> v ? Optional.of(v.value()) : Optional.empty();
    }

    default T orNull() {
        return this instanceof Value<T> v ? v.value() : null;
    }

    default boolean isInvalid() {
        return this instanceof Invalid<T>;
    }

    default <R> Parsed<R> map(Function<T, R> f) {
        return switch (this) {
            case Value<T> v -> value(f.apply(v.value()));
            case Missing<T> m -> missing();
            case Invalid<T> i -> invalid(i.reason());
        };
    }
}
