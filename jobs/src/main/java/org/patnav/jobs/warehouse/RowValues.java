package org.patnav.jobs.warehouse;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/** Conversions between Java values and the external types of Spark rows. */
public final class RowValues {

    private RowValues() {
    }

    public static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        @SuppressWarnings("unchecked")
        List<Object> objects = (List<Object>) list;
        return CollectionConverters.asScala(objects).toList();
    }

    static scala.collection.Map<String, String> map(Map<String, String> map) {
        return CollectionConverters.asScala(map);
    }

    /** Dates come back as LocalDate with the java8 API on (PatNav's sessions) or as java.sql.Date. */
    static LocalDate date(Row row, int i) {
        if (row.isNullAt(i)) {
            return null;
        }
        Object v = row.get(i);
        return v instanceof LocalDate d ? d : ((Date) v).toLocalDate();
    }

    static String string(Row row, int i) {
        return row.isNullAt(i) ? null : row.getString(i);
    }

    static Integer integer(Row row, int i) {
        return row.isNullAt(i) ? null : row.getInt(i);
    }

    static Boolean bool(Row row, int i) {
        return row.isNullAt(i) ? null : row.getBoolean(i);
    }

    static <T> List<T> list(Row row, int i) {
        return row.isNullAt(i) ? List.of() : row.getList(i);
    }

    static Map<String, String> stringMap(Row row, int i) {
        return row.isNullAt(i) ? Map.of() : row.getJavaMap(i);
    }
}
