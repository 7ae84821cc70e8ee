process.stdout.write('news-lens: not yet implemented\n');
