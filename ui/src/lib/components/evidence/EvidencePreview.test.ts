import { clearMocks, mockConvertFileSrc } from '@tauri-apps/api/mocks';
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PreviewLink } from '../../services/evidence';
import EvidencePreview from './EvidencePreview.svelte';

beforeEach(() => {
  mockConvertFileSrc('linux');
  // jsdom has no layout: opening a preview scrolls it into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => clearMocks());

const link = (preview: PreviewLink['preview'], stream: string | null): PreviewLink => ({
  path: 'token/evidence-1',
  preview,
  media_type: preview === 'audio' ? 'audio/wav' : 'video/mp4',
  size: 1 << 30,
  stream,
});

describe('EvidencePreview', () => {
  it('streams audio and video from the loopback server when the shell gives one, looping', () => {
    render(EvidencePreview, { link: link('video', 'http://127.0.0.1:4242/token/evidence-1') });
    const video = screen.getByTestId('preview-video') as HTMLVideoElement;
    expect(video.getAttribute('src')).toBe('http://127.0.0.1:4242/token/evidence-1');
    // Looping keeps WebKitGTK from buffering the played file to disk.
    expect(video.loop).toBe(true);
    expect(video.dataset.source).toBe('loopback');
    expect(video.getAttribute('preload')).toBe('metadata');
  });

  it('cannot be dragged out: the image and the player are not draggable, and a drag is cancelled', () => {
    render(EvidencePreview, { link: { ...link('image', null), media_type: 'image/jpeg' } });
    const image = screen.getByTestId('preview-image') as HTMLImageElement;
    expect(image.draggable).toBe(false);
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    image.dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
  });

  it('cannot drag a recording out either', () => {
    render(EvidencePreview, { link: link('audio', 'http://127.0.0.1:4242/token/evidence-1') });
    const audio = screen.getByTestId('preview-audio') as HTMLAudioElement;
    expect(audio.getAttribute('draggable')).toBe('false');
    const drag = new Event('dragstart', { bubbles: true, cancelable: true });
    audio.dispatchEvent(drag);
    expect(drag.defaultPrevented).toBe(true);
  });

  it('streams from evidence:// otherwise, without looping', () => {
    render(EvidencePreview, { link: link('audio', null) });
    const audio = screen.getByTestId('preview-audio') as HTMLAudioElement;
    expect(audio.getAttribute('src')).toBe('evidence://localhost/token%2Fevidence-1');
    expect(audio.loop).toBe(false);
    expect(audio.dataset.source).toBe('scheme');
  });
});
