/** An image block in the editor: the picture with its caption, credit and description fields. */
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { mediaUrl } from '../../bridge/media-url';

export function ImageFigureView({
  node,
  updateAttributes,
  deleteNode,
  selected,
}: ReactNodeViewProps) {
  const { t } = useTranslation();
  const attrs = node.attrs as { src: string; alt: string; caption: string; credit: string };
  return (
    <NodeViewWrapper
      as="figure"
      className={`editor-figure${selected ? ' is-selected' : ''}`}
      data-drag-handle=""
    >
      <img src={mediaUrl(attrs.src)} alt={attrs.alt} draggable={false} />
      <div className="figure-fields" contentEditable={false}>
        <input
          aria-label={t('editor.image.caption')}
          placeholder={t('editor.caption')}
          value={attrs.caption}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
        />
        <input
          aria-label={t('editor.image.credit')}
          placeholder={t('editor.credit')}
          value={attrs.credit}
          onChange={(e) => updateAttributes({ credit: e.target.value })}
        />
        <input
          aria-label={t('editor.image.alt')}
          placeholder={t('editor.alt')}
          value={attrs.alt}
          onChange={(e) => updateAttributes({ alt: e.target.value })}
        />
        <button type="button" className="link-button" onClick={() => deleteNode()}>
          {t('editor.image.remove')}
        </button>
      </div>
    </NodeViewWrapper>
  );
}
