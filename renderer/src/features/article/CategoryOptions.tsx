/** The options of a category picker: a first "none / any" entry, then the desk's categories in the interface's language. */
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../app/desk-context';

export function CategoryOptions({ emptyLabel }: { emptyLabel: string }) {
  const { i18n } = useTranslation();
  const { categories } = useDesk();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  return (
    <>
      <option value="">{emptyLabel}</option>
      {categories.map((category) => (
        <option key={category.id} value={category.id}>
          {category.name[lang]}
        </option>
      ))}
    </>
  );
}
