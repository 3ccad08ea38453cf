package org.patnav.jobs.warehouse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Records of a Parquet file Spark wrote, as plain Java values: a struct is an {@code Object[]} in the
 * order of its (projected) fields, a LIST a {@code List<Object>} (null elements kept), a string a
 * {@code String}, a DATE a {@code LocalDate}, other int32 an {@code Integer}, int64 a {@code Long}; an
 * absent value is null. The Parquet library's example {@code Group} records keep a list per field of every
 * struct and every list element, which made most of the reading time; these keep nothing but the values.
 *
 * <p>A top-level field is decoded only when {@link Wanted} says so for the record's number: a reader that
 * keeps some rows (one sector's) decides which from a first pass over the few columns that tell, and the
 * other rows then cost no strings, lists or dates. The decision is by record number, not by the record's
 * other fields, because the Parquet library assembles a record in the file's column order, whatever the
 * order of the projection.
 */
final class ParquetValues extends RecordMaterializer<Object[]> {

    /** Whether top-level field {@code field} of record {@code record} (0 for a row group's first) is decoded. */
    interface Wanted {
        boolean test(int field, int record);

        Wanted ALL = (field, record) -> true;
    }

    private final StructConverter root;

    ParquetValues(GroupType schema, Wanted wanted) {
        this.root = new StructConverter(schema, wanted);
    }

    @Override
    public Object[] getCurrentRecord() {
        return root.values;
    }

    @Override
    public GroupConverter getRootConverter() {
        return root;
    }

    /** Where a converter puts the value it made: a struct's field, or a list's last element. */
    private interface Sink {
        void accept(Object value);
    }

    /** Whether the values of one top-level field are decoded in the record being read. */
    private interface Gate {
        boolean open();
    }

    private static Converter converter(Type type, Sink sink, Gate gate) {
        if (type.isPrimitive()) {
            return new ValueConverter(type.asPrimitiveType(), sink, gate);
        }
        GroupType group = type.asGroupType();
        if (group.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation) {
            return new ListConverter(group, sink, gate);
        }
        return new StructConverter(group, sink, gate);
    }

    private static final class StructConverter extends GroupConverter {
        private final Converter[] fields;
        private final Sink sink;
        private final Gate gate;
        /** Opens the gates of the next record (the record's converter only). */
        private final Runnable nextRecord;
        Object[] values;

        /** The record's converter: each top-level field behind a gate asking {@code wanted} once per record. */
        StructConverter(GroupType type, Wanted wanted) {
            this.sink = null;
            this.gate = () -> true;
            this.fields = new Converter[type.getFieldCount()];
            boolean[] open = new boolean[fields.length];
            int[] record = {-1};
            for (int i = 0; i < fields.length; i++) {
                int field = i;
                fields[i] = converter(type.getType(i), v -> values[field] = v, () -> open[field]);
            }
            this.nextRecord = () -> {
                record[0]++;
                for (int f = 0; f < open.length; f++) {
                    open[f] = wanted.test(f, record[0]);
                }
            };
        }

        /** A struct inside a field: open or closed with it. */
        StructConverter(GroupType type, Sink sink, Gate gate) {
            this.sink = sink;
            this.gate = gate;
            this.fields = new Converter[type.getFieldCount()];
            for (int i = 0; i < fields.length; i++) {
                int field = i;
                fields[i] = converter(type.getType(i), v -> values[field] = v, gate);
            }
            this.nextRecord = () -> { };
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields[fieldIndex];
        }

        @Override
        public void start() {
            if (sink == null) {
                nextRecord.run();
                values = new Object[fields.length];
            } else if (gate.open()) {
                values = new Object[fields.length];
            }
        }

        @Override
        public void end() {
            if (sink != null && gate.open()) {
                sink.accept(values);
            }
        }
    }

    /**
     * A LIST: the annotated group holds one repeated group per element, whose only field is the element
     * (absent for a null element). Spark's standard layout ({@code list}/{@code element}) and its legacy one
     * ({@code bag}/{@code array}) both have that shape.
     */
    private static final class ListConverter extends GroupConverter {
        private final GroupConverter elements;
        private final Sink sink;
        private final Gate gate;
        private List<Object> list;

        ListConverter(GroupType type, Sink sink, Gate gate) {
            this.sink = sink;
            this.gate = gate;
            GroupType repeated = type.getType(0).asGroupType();
            Converter element = converter(repeated.getType(0), v -> list.set(list.size() - 1, v), gate);
            this.elements = new GroupConverter() {
                @Override
                public Converter getConverter(int fieldIndex) {
                    return element;
                }

                @Override
                public void start() {
                    if (gate.open()) {
                        list.add(null);
                    }
                }

                @Override
                public void end() {
                }
            };
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return elements;
        }

        @Override
        public void start() {
            if (gate.open()) {
                list = new ArrayList<>();
            }
        }

        @Override
        public void end() {
            if (gate.open()) {
                sink.accept(list);
            }
        }
    }

    /**
     * A leaf value. A dictionary-encoded column (offices, types, codes, names that repeat) is decoded once
     * per dictionary entry, and its rows share the decoded value.
     */
    private static final class ValueConverter extends PrimitiveConverter {
        private final Sink sink;
        private final Gate gate;
        private final PrimitiveType.PrimitiveTypeName physical;
        private final boolean date;
        private Dictionary dictionary;
        private Object[] decoded;

        ValueConverter(PrimitiveType type, Sink sink, Gate gate) {
            this.sink = sink;
            this.gate = gate;
            this.physical = type.getPrimitiveTypeName();
            this.date = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation;
        }

        @Override
        public boolean hasDictionarySupport() {
            return true;
        }

        @Override
        public void setDictionary(Dictionary dictionary) {
            this.dictionary = dictionary;
            this.decoded = new Object[dictionary.getMaxId() + 1];
        }

        @Override
        public void addValueFromDictionary(int id) {
            if (!gate.open()) {
                return;
            }
            Object value = decoded[id];
            if (value == null) {
                value = switch (physical) {
                    case BINARY, FIXED_LEN_BYTE_ARRAY -> dictionary.decodeToBinary(id).toStringUsingUTF8();
                    case INT32 -> int32(dictionary.decodeToInt(id));
                    case INT64 -> dictionary.decodeToLong(id);
                    case DOUBLE -> dictionary.decodeToDouble(id);
                    case FLOAT -> dictionary.decodeToFloat(id);
                    default -> throw new IllegalStateException("no dictionary decoding for " + physical);
                };
                decoded[id] = value;
            }
            sink.accept(value);
        }

        @Override
        public void addBinary(Binary value) {
            if (gate.open()) {
                sink.accept(value.toStringUsingUTF8());
            }
        }

        @Override
        public void addInt(int value) {
            if (gate.open()) {
                sink.accept(int32(value));
            }
        }

        /** A value already made (a number or flag, boxed): kept when the field's gate is open. */
        private void offer(Object value) {
            if (gate.open()) {
                sink.accept(value);
            }
        }

        private Object int32(int value) {
            return date ? LocalDate.ofEpochDay(value) : Integer.valueOf(value);
        }

        @Override
        public void addLong(long value) {
            offer(value);
        }

        @Override
        public void addBoolean(boolean value) {
            offer(value);
        }

        @Override
        public void addDouble(double value) {
            offer(value);
        }

        @Override
        public void addFloat(float value) {
            offer(value);
        }
    }
}
