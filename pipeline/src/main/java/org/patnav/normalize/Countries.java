package org.patnav.normalize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Country names (Chinese and English, from {@code countries.tsv}) to ISO 3166 alpha-2 codes. */
public final class Countries implements Serializable {

    private static final long serialVersionUID = 1L;

    private record Name(String text, String code) implements Serializable {
    }

    /** Longest names first, so 中国香港 is Hong Kong before 中国 is China. */
    private final List<Name> names;

    private Countries(List<Name> names) {
        this.names = names;
    }

    public static Countries defaults() {
        List<Name> names = new ArrayList<>();
        for (String[] row : RuleFiles.resource(Countries.class, "countries.tsv")) {
            for (String n : row[1].split("\\|")) {
                names.add(new Name(n.strip().toUpperCase(Locale.ROOT), row[0]));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
        return new Countries(List.copyOf(names));
    }

    /** The country an address starts with ({@code 日本国东京都…} → JP). */
    public Optional<String> countryAtStartOf(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String s = ChineseText.compact(address).toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && !Character.isLetter(s.charAt(i))) {
            i++;
        }
        String rest = s.substring(i);
        for (Name n : names) {
            if (rest.startsWith(n.text().replace(" ", ""))) {
                return Optional.of(n.code());
            }
        }
        return Optional.empty();
    }

    /** A whole country name or code ({@code Japan}, {@code JP}) → its code. */
    public Optional<String> codeOf(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return Optional.empty();
        }
        String s = ChineseText.toHalfWidth(nameOrCode).strip().toUpperCase(Locale.ROOT);
        if (s.matches("[A-Z]{2}")) {
            return Optional.of(s);
        }
        return names.stream().filter(n -> n.text().equals(s)).map(Name::code).findFirst();
    }
}
