/** What a vue-echarts component exposes for saving the chart as an image. */
export interface ChartImageSource {
  getDataURL(options: { type?: 'svg' | 'png' | 'jpeg'; pixelRatio?: number; backgroundColor?: string }): string;
}

/** A file name that every system accepts: lower case letters, digits and dashes (å ä ö → a a o). */
export function safeFileName(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'diagram'
  );
}

/**
 * The SVG renderer always answers with SVG; a PNG is drawn from it on a canvas at twice the size, so it stays sharp
 * in a slide or a report. A data: image keeps within the app's CSP (img-src 'self' data:).
 */
export function svgToPng(svgDataUrl: string, width: number, height: number, scale = 2): Promise<string> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.addEventListener('load', () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png'));
    });
    image.addEventListener('error', () => reject(new Error('the SVG could not be drawn')));
    image.src = svgDataUrl;
  });
}

export function downloadDataUrl(dataUrl: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = dataUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
}
