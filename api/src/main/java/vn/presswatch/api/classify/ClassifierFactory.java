package vn.presswatch.api.classify;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import vn.presswatch.api.report.OfficeProperties;
import vn.presswatch.classifier.ArticleClassifier;

/** The classifier: the trained models shipped in the classifier jar, with the office's own places. */
@Factory
public class ClassifierFactory {

    /** The shipped models, and the gazetteer with the office's own places (presswatch.office.*). */
    @Singleton
    ArticleClassifier classifier(OfficeProperties office) {
        try {
            return ArticleClassifier.standard(Localities.tagger(OfficePlaces.settings(office.homeProvinces(),
                    office.places())));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
    }
}
