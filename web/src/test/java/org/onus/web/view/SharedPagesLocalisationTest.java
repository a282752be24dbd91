package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionLevel;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.web.errors.ErrorRendering;
import org.onus.web.errors.Failure;
import org.onus.web.pages.ReferencePages.RegionRow;

/**
 * The shared pages (layout, error page, region reference) as Chinese and Arabic readers get them:
 * their own language throughout, right to left for Arabic, and Chinese place names on Chinese pages.
 */
class SharedPagesLocalisationTest {

    private static final Locale ZH = Locale.forLanguageTag("zh");
    private static final Locale AR = Locale.forLanguageTag("ar");

    private final TemplateHarness harness = new TemplateHarness("/reference/regions");

    @Test
    void theNotFoundPageIsInChineseForAChineseReader() throws IOException {
        Document page = render("error/error", errorModel(Failure.of(404), ZH), ZH);

        assertThat(page.select("html").attr("lang")).isEqualTo("zh");
        assertThat(page.select("html").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("h1").text()).isEqualTo("未找到页面");
        assertThat(page.select("main p").first().text()).startsWith("如果您是手动输入的网址");
        assertThat(page.select("main a[href=/]").text()).isEqualTo("返回首页");
        assertThat(page.select("a.govuk-skip-link").text()).isEqualTo("跳至主要内容");
        assertThat(page.select("#sign-in").text()).isEqualTo("登录");
        assertNoEnglishLeft(page);
    }

    @Test
    void aServerErrorPageIsInArabicRightToLeftWithItsReference() throws IOException {
        Failure failure = Failure.serverError(500);

        Document page = render("error/error", errorModel(failure, AR), AR);

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("title").text()).isEqualTo("نأسف، ثمة مشكلة في الخدمة – Onus");
        assertThat(page.select("h1").text()).isEqualTo("نأسف، ثمة مشكلة في الخدمة");
        assertThat(page.select("#error-reference").text())
                .startsWith("الرقم المرجعي:")
                .contains(failure.reference());
        assertThat(page.select(".govuk-phase-banner__text").text()).startsWith("هذه خدمة جديدة");
        assertThat(page.select(".onus-footer__about").text()).contains("القرينة القابلة للدحض", "العمل الجبري");
        assertNoEnglishLeft(page);
    }

    @Test
    void theLayoutOfASignedInArabicReaderTranslatesNavigationInboxAndSignOut() throws IOException {
        Actor actor = Actor.of("regulator", "Amina Haddad", Set.of(Role.REGULATOR, Role.AUDITOR), null);
        Map<String, Object> model = layoutModel(actor, AR);
        model.put("unreadCount", 3L);

        Document page = render("public/signed-out", model, AR);

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("#inbox-link").text())
                .as("Arabic numbers are formatted with Arabic-Indic digits")
                .contains("صندوق الوارد", "غير المقروءة: ٣");
        assertThat(page.select("header button[type=submit]").text()).isEqualTo("تسجيل الخروج");
        assertThat(page.select(".govuk-service-navigation__link").eachText())
                .contains("الصفحة الرئيسية", "المناطق", "سجل التدقيق");
        assertThat(page.select("section.govuk-service-navigation").attr("aria-label"))
                .isEqualTo("التنقل الرئيسي");
        assertThat(page.select("h1").text()).isEqualTo("لقد سجّلت الخروج");
        assertThat(page.select(".govuk-footer__link").eachText())
                .containsExactly("وصف واجهة برمجة التطبيقات (OpenAPI)", "حالة الخدمة");
        assertNoEnglishLeft(page);
    }

    @Test
    void chinesePagesNameRegionsInChineseAndGiveTheEnglishNameBeside() throws IOException {
        Region china = region("CN", null, RegionLevel.COUNTRY, "China", "中国", "CN");
        Region xinjiang = region("650000", "CN", RegionLevel.PROVINCE, "Xinjiang", "新疆维吾尔自治区", "CN/650000");
        Region tibet = region("540000", "CN", RegionLevel.PROVINCE, "Tibet", "西藏自治区", "CN/540000");

        Document page = render("reference/regions", regionsModel(ZH, china, xinjiang, tibet), ZH);

        assertThat(page.select(".govuk-breadcrumbs__link").eachText()).containsExactly("所有国家", "中国");
        assertThat(page.select("h1 > span").first().text()).isEqualTo("中国");
        assertThat(page.select("label[for=q]").text()).isEqualTo("在中国范围内查找地区");
        assertThat(page.select("#regions th").eachText()).containsExactly("代码", "名称", "英文名称", "级别", "其他写法");
        assertThat(page.select("#regions tbody tr td:nth-child(2) a").eachText())
                .containsExactly("新疆维吾尔自治区", "西藏自治区");
        assertThat(page.select("#regions tbody tr td:nth-child(3)").eachText()).containsExactly("Xinjiang", "Tibet");
        assertThat(page.select("#regions tbody tr td:nth-child(3)").eachAttr("lang"))
                .containsOnly("en");
        assertThat(page.select("#regions tbody tr td:nth-child(4)").eachText()).containsOnly("省级行政区");
        assertNoEnglishLeft(page);
    }

    @Test
    void otherLanguagesKeepTheEnglishNameAndShowTheChineseOneMarkedAsChinese() throws IOException {
        Region china = region("CN", null, RegionLevel.COUNTRY, "China", "中国", "CN");
        Region xinjiang = region("650000", "CN", RegionLevel.PROVINCE, "Xinjiang", "新疆维吾尔自治区", "CN/650000");

        Document arabic = render("reference/regions", regionsModel(AR, china, xinjiang), AR);
        Document english = render("reference/regions", regionsModel(Locale.ENGLISH, china, xinjiang), Locale.ENGLISH);

        assertThat(arabic.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(arabic.select("#regions th").eachText()).contains("الاسم الصيني");
        assertThat(arabic.select("#regions tbody td:nth-child(2) a").text()).isEqualTo("Xinjiang");
        assertThat(arabic.select("#regions tbody td[lang=zh]").text()).isEqualTo("新疆维吾尔自治区");
        assertNoEnglishLeft(arabic);
        assertThat(english.select("h1 .govuk-caption-m").text()).isEqualTo("中国 · CN");
        assertThat(english.select("#regions th").eachText()).contains("Chinese name");
    }

    @Test
    void aManualDetentionsGroundsAreListedInTheReadersLanguage() throws IOException {
        Map<String, Object> model = layoutModel(null, ZH);
        model.put(
                "manual",
                new org.onus.web.pages.ManualGroundsView(
                        "officer",
                        Instant.parse("2026-11-28T11:00:00Z"),
                        "Intelligence",
                        List.of(),
                        List.of(),
                        List.of("新疆维吾尔自治区 (650000)"),
                        List.of()));

        Document fragment = render("test/manual-grounds", model, ZH);

        assertThat(fragment.select("#manual-grounds h2").text()).isEqualTo("官员援引的理由");
        assertThat(fragment.select("#manual-grounds-by").text())
                .startsWith("由 officer 于 ")
                .endsWith("依据以下理由扣留：");
        assertThat(fragment.select("#manual-grounds-list li").eachText()).containsExactly("地区：新疆维吾尔自治区 (650000)");
        assertThat(fragment.select("#manual-grounds-reason").text()).isEqualTo("理由：Intelligence");
        assertThat(fragment.select("#manual-grounds-reason").hasClass("onus-grounds__reason"))
                .isTrue();
        assertThat(fragment.select("[style]")).isEmpty();
        assertNoEnglishLeft(fragment);
    }

    /** No English text of the shared bundle (a label, a sentence) is left on the page. */
    private static void assertNoEnglishLeft(Document page) throws IOException {
        String text = page.text();
        assertThat(text).doesNotContain("??");
        Properties english = new Properties();
        try (Reader in = new InputStreamReader(
                SharedPagesLocalisationTest.class.getResourceAsStream("/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            english.load(in);
        }
        for (String key : english.stringPropertyNames()) {
            String value = english.getProperty(key);
            // Short words ("Code", "JSON") may be shared by data; whole phrases may not.
            if (!value.contains("{") && value.length() >= 8 && !value.equals("Onus")) {
                assertThat(text).as("English text of %s", key).doesNotContain(value);
            }
        }
    }

    private Document render(String template, Map<String, Object> model, Locale locale) {
        return harness.render(template, model, locale);
    }

    private static Map<String, Object> errorModel(Failure failure, Locale locale) {
        Map<String, Object> model = layoutModel(null, locale);
        model.putAll(ErrorRendering.page(failure).model());
        return model;
    }

    private static Map<String, Object> regionsModel(Locale locale, Region current, Region... children) {
        Map<String, Object> model = layoutModel(null, locale);
        model.put("q", "");
        model.put("searching", false);
        model.put("current", current);
        model.put("lineage", List.of(current));
        model.put("total", children.length);
        model.put(
                "rows",
                java.util.Arrays.stream(children)
                        .map(r -> new RegionRow(r, true))
                        .toList());
        return model;
    }

    /** What PageModel merges into every page, for a reader of {@code locale}. */
    private static Map<String, Object> layoutModel(Actor actor, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", actor);
        model.put("nav", Navigation.forActor(Optional.ofNullable(actor), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/");
        model.put("lang", locale.toLanguageTag());
        model.put("dir", Languages.rightToLeft(locale) ? "rtl" : "ltr");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(locale));
        model.put("csrfToken", actor == null ? "" : "token-1");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        return model;
    }

    private static Region region(
            String code, String parent, RegionLevel level, String name, String nameZh, String path) {
        try {
            Constructor<Region> constructor = Region.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            Region region = constructor.newInstance();
            set(region, "code", code);
            set(region, "parentCode", parent);
            set(region, "level", level);
            set(region, "name", name);
            set(region, "nameZh", nameZh);
            set(region, "path", path);
            return region;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Region region, String field, Object value) throws ReflectiveOperationException {
        Field f = Region.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(region, value);
    }
}
