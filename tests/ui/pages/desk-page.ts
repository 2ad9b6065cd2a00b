/**
 * A page object for the desk (English interface): the list, search, filters, row actions,
 * the trash and the banners, with role and label locators only.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type FilterName = 'Status' | 'Language' | 'Category' | 'Sort';

export class DeskPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('feed');
  }

  get rows(): Locator {
    return this.list.getByRole('article');
  }

  row(headline: string): Locator {
    return this.page.getByRole('article', { name: headline, exact: true });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The "N articles" line next to the heading. */
  async expectCount(count: number): Promise<void> {
    await expect(
      this.page.getByText(count === 1 ? '1 article' : `${count.toLocaleString('en-GB')} articles`, {
        exact: true,
      }),
    ).toBeVisible();
  }

  async filter(name: FilterName, value: string | { label: string }): Promise<void> {
    await this.page.getByLabel(name, { exact: true }).selectOption(value);
  }

  async goTo(section: 'Desk' | 'Trash' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: section }).click();
  }

  async newArticle(): Promise<void> {
    await this.page.getByRole('button', { name: 'New article' }).click();
  }

  async spike(headline: string): Promise<void> {
    await this.page.getByRole('button', { name: `Spike “${headline}”` }).click();
  }

  async restore(headline: string): Promise<void> {
    await this.page.getByRole('button', { name: `Restore “${headline}”` }).click();
  }

  /** Clicks "Delete for ever" on a row; the confirmation dialog is then open. */
  async askToPurge(headline: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Delete “${headline}” for ever` }).click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Delete this article for ever?' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  /** Headlines of the rows in the list, top to bottom (the rendered ones). */
  async headlines(): Promise<string[]> {
    return this.list.locator('.row-headline').allInnerTexts();
  }

  banner(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
