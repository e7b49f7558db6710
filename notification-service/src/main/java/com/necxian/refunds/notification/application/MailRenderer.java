package com.necxian.refunds.notification.application;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.necxian.refunds.notification.config.NotificationSettings;
import com.necxian.refunds.notification.domain.MailTemplate;

/**
 * Renders an e-mail from its two template files, {@code templates/mail/<name>.html} (HTML mode: every value is
 * escaped unless a template says otherwise) and {@code <name>.txt} (plain text). The company name, support address
 * and customer-service hours come from the settings.
 */
@Component
public class MailRenderer {

    /** Both parts of a rendered e-mail. */
    public record Rendered(String text, String html) {
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final NotificationSettings settings;

    public MailRenderer(NotificationSettings settings) {
        this.settings = settings;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setEnableSpringELCompiler(true);
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    public Rendered render(MailTemplate template, Map<String, Object> variables) {
        var context = new Context();
        context.setVariables(variables);
        context.setVariable("company", settings.companyName());
        context.setVariable("supportAddress", settings.supportAddress());
        context.setVariable("supportHours", settings.supportHours());
        return new Rendered(engine.process(template.file() + ".txt", context),
                engine.process(template.file() + ".html", context));
    }
}
