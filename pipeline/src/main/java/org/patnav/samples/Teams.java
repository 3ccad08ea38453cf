package org.patnav.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.patnav.samples.Application.Inventor;
import org.patnav.samples.Catalog.Org;
import org.patnav.samples.Catalog.PersonName;

/**
 * The inventors the world plants across applications, so that an inventor analysis has people to follow and
 * to tell apart: teams that move from one organisation to another (two of them into Bozhou, one from a
 * university to a company), keeping their members and so their co-inventors across the move; and two
 * different people of one common name, each in an organisation of their own with colleagues of their own.
 * Every other inventor is drawn for one application and is nobody else. Which applications a planted person
 * appears on comes from a stream of its own, so no other draw of the world moves.
 */
final class Teams {

    private Teams() {
    }

    /** A person planted on several applications, with the id the ground truth names him or her by. */
    record Person(String id, PersonName name) {
    }

    /**
     * Inventors who file with {@code from} up to {@code lastYearAtFrom} and with {@code to} after it.
     *
     * @param movers     who moves: on every staffed application of either organisation
     * @param stayBehind colleagues at {@code from} only
     * @param joinAfter  colleagues at {@code to} only
     */
    record Team(Org from, Org to, int lastYearAtFrom, List<Person> movers, List<Person> stayBehind,
                List<Person> joinAfter) {
    }

    /** A person of a common name at one organisation, always with some of his or her own colleagues. */
    record Namesake(Org org, Person person, List<Person> colleagues) {
    }

    private static Person person(String id, String written, String family, String given) {
        return new Person(id, new PersonName(written, family, given));
    }

    private static Org org(String nameZh) {
        return Catalog.byName(nameZh).orElseThrow(() -> new IllegalStateException(nameZh + " is not in the catalogue"));
    }

    static final List<Team> TEAMS = List.of(
            // A Beijing R&D team recruited by a Bozhou TCM company (人才引进).
            new Team(org("北京本草源生物医药研究院有限公司"), org("亳州药都本草科技有限公司"), 2018,
                    List.of(person("tang-jianming", "汤建明", "Tang", "Jianming"), person("cao-fang", "曹芳", "Cao", "Fang")),
                    List.of(person("he-chen", "何晨", "He", "Chen")), List.of(person("luo-jing", "罗静", "Luo", "Jing"))),
            // A Shanghai robotics team that moves to Mengcheng.
            new Team(org("上海瑞衡机器人有限公司"), org("安徽蒙城锐进机器人有限公司"), 2019,
                    List.of(person("lin-pengyu", "林鹏宇", "Lin", "Pengyu"), person("ma-chao", "马超", "Ma", "Chao")),
                    List.of(person("gao-yong", "高勇", "Gao", "Yong")), List.of(person("xu-ming", "徐明", "Xu", "Ming"))),
            // A university battery group that goes into industry in the same city.
            new Team(org("中国科学技术大学"), org("合肥锐能新能源科技有限公司"), 2020,
                    List.of(person("zhou-wentao", "周文涛", "Zhou", "Wentao"), person("sun-jing", "孙静", "Sun", "Jing")),
                    List.of(person("wu-guohua", "吴国华", "Wu", "Guohua")), List.of(person("yang-fan", "杨帆", "Yang", "Fan"))));

    /** Two people called 王磊, one building robots in Hefei, one making medicines in Chengdu: no colleague in common. */
    static final List<Namesake> NAMESAKES = List.of(
            new Namesake(org("合肥智擎机器人科技有限公司"), person("wang-lei-1", "王磊", "Wang", "Lei"),
                    List.of(person("guo-qiang", "郭强", "Guo", "Qiang"), person("li-na", "李娜", "Li", "Na"))),
            new Namesake(org("成都蜀草堂药业有限公司"), person("wang-lei-2", "王磊", "Wang", "Lei"),
                    List.of(person("chen-xia", "陈霞", "Chen", "Xia"), person("zhao-ming", "赵明", "Zhao", "Ming"))));

    /**
     * The application with a planted team's or namesake's inventors when its first applicant is their
     * organisation at the time (most such applications: a team also files with other colleagues), else as it is.
     */
    static Application staff(Application app, Rng r) {
        Optional<Org> org = Catalog.byName(app.firstApplicant().canonical());
        if (org.isEmpty()) {
            return app;
        }
        int year = app.filingDate().getYear();
        String city = org.get().place().cityEn();
        for (Team t : TEAMS) {
            boolean before = t.from() == org.get() && year <= t.lastYearAtFrom();
            boolean after = t.to() == org.get() && year > t.lastYearAtFrom();
            if ((before || after) && r.chance(0.85)) {
                List<Person> people = new ArrayList<>(t.movers());
                List<Person> colleagues = before ? t.stayBehind() : t.joinAfter();
                colleagues.stream().limit(r.nextInt(colleagues.size() + 1)).forEach(people::add);
                return app.withInventors(inventors(people, city));
            }
        }
        for (Namesake n : NAMESAKES) {
            if (n.org() == org.get() && r.chance(0.7)) {
                List<Person> people = new ArrayList<>(List.of(n.person()));
                n.colleagues().stream().limit(1 + r.nextInt(n.colleagues().size())).forEach(people::add);
                return app.withInventors(inventors(people, city));
            }
        }
        return app;
    }

    private static List<Inventor> inventors(List<Person> people, String city) {
        return people.stream().map(p -> new Inventor(p.name(), city, null, "CN", Optional.of(p.id()))).toList();
    }
}
