/** A page object for the drafting editor: its fields, toolbar and save state by role and label. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export class EditorPage {
  readonly headline: Locator;
  readonly standfirst: Locator;
  readonly body: Locator;
  readonly saveState: Locator;
  readonly slug: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByLabel('Headline', { exact: true });
    this.standfirst = page.getByLabel('Standfirst', { exact: true });
    this.body = page.getByRole('textbox', { name: 'Body text' });
    this.saveState = page.locator('.save-state');
    this.slug = page.getByLabel('Slug', { exact: true });
  }

  tool(name: string): Locator {
    return this.page
      .getByRole('toolbar', { name: 'Formatting' })
      .getByRole('button', { name, exact: true });
  }

  async open(deskUrl: string, id: string): Promise<void> {
    await this.page.goto(`${deskUrl}#/article/${id}`);
    await expect(this.body).toBeVisible();
  }

  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
  }

  /** Puts the cursor at the end of the text. */
  async focusEnd(): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('ControlOrMeta+End');
    // The editor reads a moved caret from the next selectionchange; let it arrive before
    // a synthetic paste asks the editor where the caret is.
    await this.page.evaluate(
      'new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))',
    );
  }

  /** Pastes as the system clipboard would, with the given flavours. */
  async paste(data: Record<string, string>): Promise<void> {
    await this.body.evaluate((element, flavours) => {
      // This file is typed for Node; these are the page's own DOM classes.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void };
        ClipboardEvent: new (type: string, init: object) => unknown;
      };
      const transfer = new dom.DataTransfer();
      for (const [type, value] of Object.entries(flavours)) transfer.setData(type, value);
      const event = new dom.ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      });
      (element as unknown as { dispatchEvent(e: unknown): boolean }).dispatchEvent(event);
    }, data);
  }
}
