/** The article's fields beside the text: byline, dateline, language, category, tags, slug, image, SEO, correction. */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Article, type ArticleContent, type Language } from '@shared/domain';
import { useDesk } from '../../app/desk-context';
import { FeaturedImageField } from './FeaturedImageField';
import { SlugField } from './SlugField';
import { TagPicker } from './TagPicker';
import { CategoryOptions } from '../article/CategoryOptions';

interface DetailsPanelProps {
  article: Article;
  fields: ArticleContent;
  slugError: string | null;
  setFields: (change: Partial<ArticleContent>) => void;
}

export function DetailsPanel({ article, fields, slugError, setFields }: DetailsPanelProps) {
  const { t } = useTranslation();
  const { tags } = useDesk();
  const published = Boolean(article.publishedAt) || article.status === 'published';
  return (
    <section className="details-panel" aria-label={t('editor.details')}>
      <label>
        {t('editor.byline')}
        <input value={fields.byline} onChange={(e) => setFields({ byline: e.target.value })} />
      </label>
      <label>
        {t('editor.dateline')}
        <input
          lang={fields.language}
          value={fields.dateline}
          onChange={(e) => setFields({ dateline: e.target.value })}
        />
      </label>
      <div className="form-row">
        <label>
          {t('editor.language')}
          <select
            value={fields.language}
            onChange={(e) => setFields({ language: e.target.value as Language })}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.category')}
          <select
            value={fields.categoryId ?? ''}
            onChange={(e) => setFields({ categoryId: e.target.value || null })}
          >
            <CategoryOptions emptyLabel={t('editor.noCategory')} />
          </select>
        </label>
      </div>
      <TagPicker
        tags={tags}
        selected={fields.tagIds}
        language={fields.language}
        onChange={(tagIds) => setFields({ tagIds })}
      />
      <SlugField
        headline={fields.headline}
        slug={fields.slug}
        stored={article.slug}
        published={published}
        serverError={slugError}
        onChange={(slug) => setFields({ slug })}
      />
      <FeaturedImageField
        image={fields.featuredImage}
        onChange={(featuredImage) => setFields({ featuredImage })}
      />
      <fieldset className="field">
        <legend>{t('editor.seo')}</legend>
        <label>
          {t('editor.seoTitle')}
          <input
            lang={fields.language}
            maxLength={200}
            value={fields.seoTitle}
            placeholder={fields.headline}
            onChange={(e) => setFields({ seoTitle: e.target.value })}
          />
        </label>
        <span className="field-hint">{fields.seoTitle.length} / 60</span>
        <label>
          {t('editor.seoDescription')}
          <textarea
            lang={fields.language}
            rows={3}
            maxLength={400}
            value={fields.seoDescription}
            placeholder={fields.standfirst}
            onChange={(e) => setFields({ seoDescription: e.target.value })}
          />
        </label>
        <span className="field-hint">{fields.seoDescription.length} / 160</span>
      </fieldset>
      {(published || fields.correctionNote) && (
        <label>
          {t('editor.correction')}
          <textarea
            lang={fields.language}
            rows={3}
            value={fields.correctionNote}
            onChange={(e) => setFields({ correctionNote: e.target.value })}
          />
          <span className="field-hint">{t('editor.correctionHint')}</span>
        </label>
      )}
    </section>
  );
}
